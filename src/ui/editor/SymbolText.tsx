// A symbol as the lessons write it, without loading KaTeX: "W_f" → W with subscript f,
// "h_{t−1}" → h with subscript t−1. Text that is not a subscript is written as it is.

import type { ReactNode } from "react";

export function SymbolText({ text }: { readonly text: string }) {
  const parts: ReactNode[] = [];
  const re = /_(\{[^}]*\}|\w+)/gu;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    const body = m[1]!.startsWith("{") ? m[1]!.slice(1, -1) : m[1]!;
    parts.push(<sub key={m.index}>{body}</sub>);
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <span className="symbol-text">{parts}</span>;
}
