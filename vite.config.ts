import { readFile } from "node:fs/promises";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import mdx from "@mdx-js/rollup";
import { createProcessor } from "@mdx-js/mdx";
import { mdxOptions } from "./src/ui/theme/mdxOptions.ts";
import { contentSecurityPolicy, HEADER_POLICY, precache } from "./scripts/sitePlugins.ts";

const META_QUERY = "?meta";
const META_PREFIX = "\0lesson-meta:";

/**
 * `import { meta } from "./01-x.mdx?meta"` loads only the lesson's `export const meta = …`.
 * The table of contents needs every title at start-up while each lesson body stays in a chunk of
 * its own: importing the .mdx file itself eagerly would pull every body into the first download.
 * The virtual id ends in ".meta.js" so that the MDX compiler leaves it alone.
 */
function lessonMeta(): Plugin {
  // The same remark plugins as the lesson bodies: without remark-math, braces in math read as JSX.
  const parser = createProcessor({ remarkPlugins: mdxOptions.remarkPlugins });
  return {
    name: "seq2seq:lesson-meta",
    enforce: "pre",
    async resolveId(source, importer) {
      if (!source.endsWith(`.mdx${META_QUERY}`)) return null;
      const resolved = await this.resolve(source.slice(0, -META_QUERY.length), importer, { skipSelf: true });
      return resolved ? `${META_PREFIX}${resolved.id}.meta.js` : null;
    },
    async load(id) {
      if (!id.startsWith(META_PREFIX)) return null;
      const file = id.slice(META_PREFIX.length, -".meta.js".length);
      this.addWatchFile(file);
      const text = await readFile(file, "utf8");
      const tree = parser.parse(text);
      for (const node of tree.children) {
        if (node.type !== "mdxjsEsm") continue;
        for (const statement of node.data?.estree?.body ?? []) {
          const declares = statement.type === "ExportNamedDeclaration" && statement.declaration?.type === "VariableDeclaration" && statement.declaration.declarations.some((d) => d.id.type === "Identifier" && d.id.name === "meta");
          const range = (statement as { range?: [number, number] }).range;
          if (declares && range) return `${text.slice(range[0], range[1])}\n`;
        }
      }
      this.error(`${file} has no \`export const meta = { slug, title, summary }\``);
    },
  };
}

/**
 * KaTeX's stylesheet lists each font as woff2, woff and ttf, and Fontsource's (the Chinese font,
 * src/ui/i18n/cjkFont.ts) as woff2 and woff. Every browser we support takes woff2, so the others
 * are dropped: the build then ships only the files a reader can ever fetch, and fonts still load
 * on demand from our own origin.
 */
function katexWoff2Only(): Plugin {
  return {
    name: "seq2seq:katex-woff2-only",
    enforce: "pre",
    transform(code, id) {
      const file = id.split("?")[0] ?? "";
      if (!/katex(\.min)?\.css$/.test(file) && !/@fontsource\/[^/]+\/\d+\.css$/.test(file)) return null;
      const trimmed = code.replace(/,\s*url\([^)]*\.woff\)\s*format\(["']woff["']\)|,\s*url\([^)]*\.ttf\)\s*format\(["']truetype["']\)/g, "");
      // Only whole declarations inside one line are removed: the existing source map stays right.
      return { code: trimmed, map: null };
    },
  };
}

// Relative base: the built site is plain static files that work from any folder of any server.
export default defineConfig({
  base: "./",
  plugins: [
    lessonMeta(),
    { enforce: "pre", ...mdx(mdxOptions) },
    react({ include: /\.(mdx|[jt]sx?)$/ }),
    katexWoff2Only(),
    precache(),
    contentSecurityPolicy(),
  ],
  // Lesson chunks hold pre-typeset KaTeX markup: large but repetitive (gzip shrinks it 20-fold).
  // What a reader downloads is checked by scripts/budget.mjs, not by this warning.
  // Source maps are not shipped unless asked for (SOURCE_MAPS=1 npm run build): they would publish
  // the whole source next to the site and double what a host stores.
  build: { target: "es2022", sourcemap: process.env.SOURCE_MAPS === "1", manifest: true, chunkSizeWarningLimit: 1000 },
  server: { host: "127.0.0.1" },
  preview: { headers: { "Content-Security-Policy": HEADER_POLICY } },
});
