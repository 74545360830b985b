// How lessons compile: Markdown math through remark-math, typeset once at build by rehype-katex
// with KaTeX's safe defaults (no trust) and the symbol-colour macros. Shared by the Vite build and
// the lesson tests, so a lesson that compiles in a test compiles in the site.

import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import type { PluggableList } from "unified";
import { KATEX_MACROS } from "./symbols.ts";

export const KATEX_OPTIONS = { macros: { ...KATEX_MACROS }, throwOnError: true, strict: "error" as const, trust: false };

export const mdxOptions: { remarkPlugins: PluggableList; rehypePlugins: PluggableList } = {
  remarkPlugins: [remarkMath],
  rehypePlugins: [[rehypeKatex, KATEX_OPTIONS]],
};
