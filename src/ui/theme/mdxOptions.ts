// How lessons compile: Markdown math through remark-math, typeset once at build by rehype-katex
// with KaTeX's safe defaults (no trust) and the symbol-colour macros; tables in a box that scrolls
// sideways on a phone (rehypeScrollTables). Shared by the Vite build and
// the lesson tests, so a lesson that compiles in a test compiles in the site.

import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import type { CompileOptions } from "@mdx-js/mdx";
import type { VFile } from "vfile";
import { rehypeScrollTables } from "./rehypeScrollTables.ts";
import { KATEX_MACROS } from "./symbols.ts";

export const KATEX_OPTIONS = { macros: { ...KATEX_MACROS }, throwOnError: true, strict: "error" as const, trust: false };

/**
 * rehype-katex never throws: it records a message and prints the broken source in red. That is a
 * bug in a lesson, so this fails the compile (the build and the lesson tests alike) instead.
 */
export function rehypeKatexFailOnError() {
  return (_tree: unknown, file: VFile) => {
    const broken = file.messages.find((m) => m.source === "rehype-katex");
    if (broken) file.fail(`${broken.reason}: ${broken.cause instanceof Error ? broken.cause.message : String(broken.cause)}`, { place: broken.place ?? undefined, source: "rehype-katex" });
  };
}

type PluginLists = Required<Pick<CompileOptions, "remarkPlugins" | "rehypePlugins">>;

/** Spread into @mdx-js/mdx's or @mdx-js/rollup's options. */
export const mdxOptions: { readonly [K in keyof PluginLists]: NonNullable<PluginLists[K]> } = {
  remarkPlugins: [remarkMath],
  rehypePlugins: [[rehypeKatex, KATEX_OPTIONS], rehypeKatexFailOnError, rehypeScrollTables],
};
