import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, isPrecached, policy, PRECACHE_MARKER } from "../../scripts/sitePlugins.ts";

const ROOT = join(import.meta.dirname, "..", "..");

describe("the site's build steps", () => {
  it("inlineScriptHashes(html) hashes each inline classic script's text and no script with a src", () => {
    const html = '<script>var a = 1;</script><script type="module" src="./x.js"></script><script>\n  b();\n</script>';
    const sha = (text: string) => createHash("sha256").update(text).digest("base64");
    expect(inlineScriptHashes(html)).toEqual([sha("var a = 1;"), sha("\n  b();\n")]);
    expect(inlineScriptHashes(readFileSync(join(ROOT, "index.html"), "utf8"))).toHaveLength(1);
  });

  it("policy(hashes) allows scripts from the site and the hashed inline ones only, no plugins, no <base>, no inline <style>", () => {
    const p = policy(["abc="]);
    const directives = new Map(p.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
    expect(directives.get("default-src")).toBe("'self'");
    expect(directives.get("script-src")).toBe("'self' 'sha256-abc='");
    expect(directives.get("style-src-elem")).toBe("'self'");
    expect(directives.get("style-src-attr")).toBe("'unsafe-inline'");
    expect(directives.get("object-src")).toBe("'none'");
    expect(directives.get("base-uri")).toBe("'none'");
    expect(directives.get("worker-src")).toBe("'self'");
    expect(p).not.toMatch(/unsafe-eval|\*/u);
  });

  it("isPrecached(file) takes every chunk, stylesheet, math font, preset and corpus file, and leaves out maps and the Chinese font", () => {
    for (const f of ["assets/index-abc.js", "assets/07-attention-x.js", "assets/app-1.css", "assets/KaTeX_Main-Regular-1.woff2", "models/index.json", "models/lstm-attention-dot.json", "corpus/en-fr.json", "favicon.svg"]) expect(isPrecached(f), f).toBe(true);
    for (const f of ["assets/index-abc.js.map", "assets/noto-sans-sc-chinese-simplified-400-normal-1.woff2", ".vite/manifest.json", "sw.js", "index.html"]) expect(isPrecached(f), f).toBe(false);
  });

  it("public/sw.js holds the line the build replaces with the precache list", () => {
    expect(readFileSync(join(ROOT, "public", "sw.js"), "utf8")).toContain(PRECACHE_MARKER);
  });
});
