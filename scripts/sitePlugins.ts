// Two build steps of the static site, as Vite plugins (vite.config.ts):
// - precache: writes into the built sw.js the list of files the service worker stores at install
//   (every JS and CSS chunk, so every lesson and route; KaTeX's fonts; every preset and corpus file
//   in public/), and a version derived from them, so a new build is a new worker and new files are
//   included without anyone keeping a list. The Chinese font's ~200 subsets (about 5 MB) are left
//   out: offline, Chinese text falls back to the system's font.
// - contentSecurityPolicy: puts the site's Content-Security-Policy in a <meta> at the top of the
//   built index.html, with the hash of each inline script (docs/security.md explains each part).

import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { Plugin, ResolvedConfig } from "vite";

/** The line of public/sw.js that the build replaces. */
export const PRECACHE_MARKER = 'const PRECACHE = { version: "dev", files: [] };';

/** Build files the worker stores: code, styles and the math fonts (not the CJK font, not source maps). */
export function isPrecached(file: string): boolean {
  if (file.endsWith(".map") || file.startsWith(".vite/") || file === "sw.js") return false;
  if (/\.(js|css)$/u.test(file)) return true;
  if (file.endsWith(".woff2")) return /KaTeX_/u.test(file);
  return /^(models|corpus)\/[\w.-]+\.json$/u.test(file) || file === "favicon.svg";
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out;
}

export function precache(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "seq2seq:precache",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const worker = join(outDir, "sw.js");
      let source: string;
      try {
        source = await readFile(worker, "utf8");
      } catch {
        return;
      }
      if (!source.includes(PRECACHE_MARKER)) this.error(`${worker} has no line ${PRECACHE_MARKER}`);
      const files = (await filesUnder(outDir)).map((f) => relative(outDir, f).split(sep).join("/")).filter(isPrecached).sort();
      // Hashed names change with their content; presets and the corpus keep their names, so their bytes count.
      const hash = createHash("sha256");
      for (const file of files) {
        hash.update(file);
        if (!file.startsWith("assets/")) hash.update(await readFile(join(outDir, file)));
      }
      hash.update(await readFile(join(outDir, "index.html")));
      const list = { version: hash.digest("hex").slice(0, 16), files: ["./", ...files.map((f) => `./${f}`)] };
      await writeFile(worker, source.replace(PRECACHE_MARKER, `const PRECACHE = ${JSON.stringify(list)};`));
    },
  };
}

/**
 * The policy. style-src-attr 'unsafe-inline': KaTeX writes its layout as style attributes in the
 * markup the formulas are set with (innerHTML), and the SVG export writes computed colours the same
 * way; style attributes can restyle an element but load nothing and run nothing. Stylesheets and
 * <style> elements stay 'self' only. img-src data: is the PNG export's SVG; font-src data: the
 * small fonts Vite inlines into the CSS.
 */
export function policy(scriptHashes: readonly string[]): string {
  const scripts = ["'self'", ...scriptHashes.map((h) => `'sha256-${h}'`)].join(" ");
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self'",
    "style-src-elem 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** The sha256 (base64) of each inline classic script's text in an HTML page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gu)) hashes.push(createHash("sha256").update(match[1]!, "utf8").digest("base64"));
  return hashes;
}

/**
 * What only an HTTP header can say (a meta tag cannot): no other site may frame this one. The preview
 * server and the browser tests' (tests/e2e/preview.config.ts) send it; docs/security.md asks hosts to.
 */
export const HEADER_POLICY = "frame-ancestors 'self'";

export function contentSecurityPolicy(): Plugin {
  return {
    name: "seq2seq:content-security-policy",
    apply: "build",
    transformIndexHtml: {
      // After Vite's own changes, so the hashes are of the scripts as shipped.
      order: "post",
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(inlineScriptHashes(html))}" />`;
        // Before any script or stylesheet: a policy in a meta tag governs only what comes after it.
        return html.replace(/(<meta charset="[^"]*" \/>)/iu, `$1\n    ${meta}`);
      },
    },
  };
}
