// Words with inline mathematics: the parts between $ … $ are typeset by KaTeX, the rest is text, so
// no TeX source ever shows as text (the notation's h_{t-1} reads as it does in the lessons).

import { Tex } from "../components/Tex.tsx";

export function MathText({ text }: { text: string }) {
  const parts = text.split("$");
  return <>{parts.map((part, i) => (i % 2 === 1 ? <Tex key={i} tex={part} /> : part))}</>;
}
