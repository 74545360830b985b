// The formula panel of the beam player: at each phase of step t′ the lines of the hypothesis the
// cursor explains (the step's best candidate; after the last prune, the search's best), with its
// numbers. Expand: log p_{t′} of its last word. Score: log P summed over its words and the score
// log P / n^α. Prune: the K kept and the log P below which candidates are pruned.

import type { BeamResult, Hypothesis } from "../../../core/beam.ts";
import { texWord } from "../../kit/format.ts";
import type { FormulaLine } from "../stepFormulas.ts";
import type { BeamMessages } from "../../i18n/beam.ts";
import { currentHypothesis, type BeamCursor } from "./beamView.ts";

/** Terms of the sum written out; a longer hypothesis shows the first and last ones around "⋯". */
const SUM_TERMS = 6;

const texNumber = (x: number) => String(Number(x.toFixed(4)));

function sumLine(key: string, caption: string, hyp: Hypothesis, logps: readonly number[]): FormulaLine {
  const n = hyp.length;
  const terms = logps.map((_, i) => `(⟨lp${i}⟩)`);
  const written = n <= SUM_TERMS ? terms : [...terms.slice(0, 2), "\\cdots", ...terms.slice(-2)];
  const values: Record<string, number> = { LP: hyp.logProb };
  logps.forEach((v, i) => (values[`lp${i}`] = v));
  const tex = `\\log P(\\sy{y_1} \\dots \\sy{y_{${n}}}) = \\sum_{t'=1}^{${n}} \\log p_{t'}(\\sy{y_{t'}}) = ${written.join(" + ")} = ⟨LP⟩`;
  return { key, caption, tex, values, bindings: {} };
}

function scoreLine(key: string, caption: string, hyp: Hypothesis, alpha: number): FormulaLine {
  const n = hyp.length;
  const tex = `\\operatorname{score} = \\log P \\,/\\, n^{\\alpha} = ⟨LP⟩ \\,/\\, ${n}^{${texNumber(alpha)}} = ⟨score⟩`;
  return { key, caption, tex, values: { LP: hyp.logProb, score: hyp.score }, bindings: {} };
}

/** log p of each word of a hypothesis: the search records the last word's at each step. */
export function wordLogProbs(result: BeamResult, hyp: Hypothesis): number[] {
  return hyp.ids.map((_, i) => {
    const prefix = hyp.ids.slice(0, i + 1).join(".");
    const found = result.steps[i]?.hypotheses.find((h) => h.ids.join(".") === prefix);
    return found?.tokenLogProb ?? Number.NaN;
  });
}

export function beamFormulas(result: BeamResult, cursor: BeamCursor, m: BeamMessages): FormulaLine[] {
  const hyp = currentHypothesis(result, cursor);
  const step = result.steps[cursor.t - 1]!;
  const K = result.width;
  const t = cursor.t;
  const key = (k: string) => `beam.${t}.${cursor.phase}.${k}`;
  const words = hyp.tokens.join(" ");
  if (cursor.phase === "expand") {
    const live = t === 1 ? 1 : result.steps[t - 2]!.kept.length;
    const V = step.hypotheses.length / live;
    const word = texWord(hyp.tokens.at(-1) ?? "");
    return [
      { key: key("count"), caption: m.expandCaption, tex: `${live} \\times V = ${live} \\times ${V} = ${step.hypotheses.length}`, values: {}, bindings: {} },
      { key: key("logp"), caption: m.logpCaption(t), tex: `\\log p_{${t}}(\\sy{y_{${t}}} = ${word}) = \\log \\operatorname{softmax}(z_{${t}})_{y} = ⟨lp⟩`, values: { lp: hyp.tokenLogProb }, bindings: {} },
    ];
  }
  const lines = [sumLine(key("sum"), m.sumCaption(words), hyp, wordLogProbs(result, hyp)), scoreLine(key("score"), m.scoreCaption, hyp, result.alpha)];
  if (cursor.phase === "score") return lines;
  const last = t === result.steps.length;
  const threshold = step.hypotheses[Math.min(K, step.hypotheses.length) - 1]!.logProb;
  const finished = step.hypotheses.filter((h) => h.status === "finished").length;
  const prune: FormulaLine = {
    key: key("prune"),
    caption: m.pruneCaption(step.kept.length, finished, step.hypotheses.length - step.kept.length - finished),
    tex: `K = ${K}:\\ \\log P \\ge ⟨threshold⟩`,
    values: { threshold },
    bindings: {},
  };
  return last ? [prune, ...lines.map((l) => ({ ...l, caption: l === lines[0] ? m.bestCaption(words) : l.caption }))] : [...lines, prune];
}
