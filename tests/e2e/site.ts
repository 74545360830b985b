// The built site the browser tests run against: where it is built, the lessons it has, free ports
// and `vite preview` processes. Used by the Playwright config and by the specs alike, so it imports
// nothing from @playwright/test.

import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer, type AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
// The same build as dist/, in a folder of its own: a `vite build` run by someone else in the same
// checkout empties dist/ and must not pull files from under a running test.
export const DIST = join(ROOT, "test-results", "e2e-dist");
export const SCREENSHOTS = join(ROOT, "test-results", "screenshots");
/** A config of its own for `vite preview`: see preview.config.ts. */
const PREVIEW_CONFIG = join(ROOT, "tests", "e2e", "preview.config.ts");
// Vite's command-line script, run with this Node: no npx, and the process we start is vite itself.
const VITE = join(dirname(createRequire(import.meta.url).resolve("vite/package.json")), "bin", "vite.js");

export type Lesson = { slug: string; title: string; hash: string; hasFigure: boolean };

/** The lessons of content/en, in order, with the slug and title their meta gives. */
export function readLessons(): Lesson[] {
  const dir = join(ROOT, "content", "en");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      const field = (name: string) => new RegExp(`${name}:\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(text)?.[1];
      const slug = field("slug") ?? file.replace(/\.mdx$/, "").replace(/^\d+-/, "");
      const hasFigure = /<(Player|DecoderComparison|ScoreComparison|GruComparison|Seed003Example)\b/.test(text);
      return { slug, title: field("title") ?? "", hash: `#/lesson/${slug}`, hasFigure };
    });
}

/** A port nobody listens on at the moment of asking, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The arguments of `vite preview` serving DIST on 127.0.0.1:`port`, failing if the port is taken. */
export function previewArgs(port: number): string[] {
  return ["preview", "--config", PREVIEW_CONFIG, "--outDir", DIST, "--host", "127.0.0.1", "--port", String(port), "--strictPort"];
}

/** The shell command that builds the site into DIST and then serves it on `port`. */
export function buildAndPreviewCommand(port: number): string {
  const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;
  const node = quote(process.execPath);
  const build = [VITE, "build", "--logLevel", "error", "--outDir", DIST, "--emptyOutDir"].map(quote).join(" ");
  return `${node} ${build} && exec ${node} ${[VITE, ...previewArgs(port)].map(quote).join(" ")}`;
}

/**
 * A `vite preview` of DIST of one's own, on a free port, for a test that must stop its server.
 * Resolves once the site answers; `close` ends the process and waits until it has exited.
 */
export async function startPreview(): Promise<{ origin: string; close: () => Promise<void> }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [VITE, ...previewArgs(port)], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  // A ceiling against a server that never answers, so that its process does not outlive the test.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}: ${stderr}`);
    const answered = await fetch(`${origin}/`).then((r) => r.ok, () => false);
    if (answered) return { origin, close };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await close();
  throw new Error(`vite preview did not answer on ${origin} within a minute: ${stderr}`);
}
