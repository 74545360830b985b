// A symbol as the lessons write it, without loading KaTeX: "W_f" → W with subscript f,
// "h_{t−1}" → h with subscript t−1, "W^O" → W with superscript O. Text that is neither is written
// as it is, so a whole sentence of the interface can go through it ("Reset W_out").

import type { ReactNode } from "react";

/**
 * `named`: the "_" and "^" stay in the text for assistive technology, unseen, so that a button's
 * name is still "Reset W_out" (the name its label writes) while the eye reads W with a subscript.
 */
export function SymbolText({ text, named = false }: { readonly text: string; readonly named?: boolean }) {
  const parts: ReactNode[] = [];
  const re = /([_^])(\{[^}]*\}|\w+)/gu;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    const body = m[2]!.startsWith("{") ? m[2]!.slice(1, -1) : m[2]!;
    if (named) parts.push(<span key={`${m.index}:mark`} className="visually-hidden">{m[1]}</span>);
    parts.push(m[1] === "_" ? <sub key={m.index}>{body}</sub> : <sup key={m.index}>{body}</sup>);
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <span className="symbol-text">{parts}</span>;
}
