// One score function over the source tokens: the scores e_j (signed) and the weights α_j.

import { symbolColor } from "../../theme/symbols.ts";
import type { Trace } from "../../../core/trace.ts";
import { fmt, fmtText, sub } from "../../kit/format.ts";
import { heatFill, heatInk } from "../../theme/heat.ts";
import { maxAbs, signedFill, type Scene, type SceneRect, type SceneText } from "../../kit/scene.ts";
import { symIds } from "../../kit/symbolIds.ts";

const CW = 52;
const CH = 24;
const LEFT = 30;
const TOP = 20;

/** `trace` for its source tokens and the ids of h_j (merged when bidirectional). */
export function scoresScene(trace: Pick<Trace, "source" | "model">, e: ArrayLike<number>, alpha: ArrayLike<number>, t: number): Scene {
  const { source } = trace;
  const symId = symIds(trace);
  const rects: SceneRect[] = [];
  const texts: SceneText[] = [
    { key: "le", x: LEFT - 8, y: TOP + CH / 2, text: "e", anchor: "end", size: 13, weight: 600, fill: symbolColor("e"), opacity: 1 },
    { key: "la", x: LEFT - 8, y: TOP + CH * 1.5, text: "α", anchor: "end", size: 13, weight: 600, fill: symbolColor("alpha"), opacity: 1 },
  ];
  const m = maxAbs([e]);
  source.forEach((tok, j) => {
    const x = LEFT + j * CW;
    texts.push({ key: `w:${j}`, x: x + CW / 2, y: 9, text: tok.text, size: 11, weight: 600, opacity: 1, id: symId("h", j + 1) });
    rects.push({ key: `e:${j}`, x, y: TOP, w: CW - 2, h: CH - 2, ...signedFill(e[j]!, m), opacity: 1, id: symId("e", t), title: `${sub("e", j + 1)} = ${fmt(e[j]!, 6)}` });
    texts.push({ key: `ev:${j}`, x: x + CW / 2 - 1, y: TOP + CH / 2 - 1, text: fmtText(e[j]!), size: 10, opacity: 1, value: true });
    rects.push({ key: `a:${j}`, x, y: TOP + CH, w: CW - 2, h: CH - 2, fill: heatFill(alpha[j]!), fillOpacity: 1, opacity: 1, id: symId("alpha", t), title: `${sub("α", j + 1)} = ${fmt(alpha[j]!, 6)}` });
    texts.push({ key: `av:${j}`, x: x + CW / 2 - 1, y: TOP + CH * 1.5 - 1, text: fmtText(alpha[j]!), fill: heatInk(alpha[j]!), size: 10, opacity: 1, value: true });
  });
  return { width: LEFT + source.length * CW + 4, height: TOP + 2 * CH + 4, rects, texts, lines: [] };
}
