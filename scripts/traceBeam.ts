// What `npm run trace -- --decode beam` prints: the search's every step with every candidate (tokens,
// log p of the last token, log P, n, score, status, parent), and the best hypothesis as the output;
// and the Transformer's greedy or teacher-forced trace as a table.

import type { BeamResult } from "../src/core/beam.ts";
import type { Trace } from "../src/core/trace.ts";
import { detokenize } from "../src/core/tokenizer.ts";
import type { TransformerTrace } from "../src/core/transformer/trace.ts";
import { modelLine } from "./traceFormat.ts";

export interface BeamTrace {
  readonly model: Trace["model"] | TransformerTrace["model"];
  readonly source: Trace["source"];
  readonly strategy: { readonly kind: "beam"; readonly width: number; readonly alpha: number; readonly maxLength: number };
  readonly steps: BeamResult["steps"];
  readonly output: { ids: number[]; tokens: string[]; text: string; stop: "eos" | "limit"; logProb: number; score: number; length: number };
}

/** The beam search as a trace: its steps, and the best hypothesis without <eos> as the output. */
export function beamTrace(model: BeamTrace["model"], source: Trace["source"], beam: BeamResult): BeamTrace {
  const { best } = beam;
  const words = best.stop === "eos" ? best.ids.length - 1 : best.ids.length;
  const tokens = best.tokens.slice(0, words);
  return {
    model,
    source,
    strategy: { kind: "beam", width: beam.width, alpha: beam.alpha, maxLength: beam.maxLength },
    steps: beam.steps,
    output: { ids: best.ids.slice(0, words), tokens, text: detokenize(tokens), stop: best.stop, logProb: best.logProb, score: best.score, length: best.length },
  };
}

const num = (x: number) => (x < 0 ? "" : " ") + x.toFixed(4);

/** One line per candidate, the live ones (kept, finished) and as many pruned as keep the table short. */
export function beamTable(trace: BeamTrace): string {
  const header = "kind" in trace.model ? transformerLine(trace.model) : modelLine(trace.model);
  const { width, alpha, maxLength } = trace.strategy;
  const lines = [header, `source: ${trace.source.map((s) => s.token).join(" ")}`, `beam search: K = ${width}, α = ${alpha}, limit ${maxLength}; score = log P / n^α`];
  lines.push(`${"t".padEnd(3)} ${"status".padEnd(9)} ${"log p".padStart(9)} ${"log P".padStart(9)} ${"score".padStart(9)}  tokens`);
  for (const step of trace.steps) {
    // Every live candidate, then the best pruned ones up to K more: V × K lines would drown the search.
    const live = step.hypotheses.filter((h) => h.status !== "pruned");
    const pruned = step.hypotheses.filter((h) => h.status === "pruned");
    for (const h of [...live, ...pruned.slice(0, width)]) {
      lines.push(`${String(step.t).padEnd(3)} ${h.status.padEnd(9)} ${num(h.tokenLogProb).padStart(9)} ${num(h.logProb).padStart(9)} ${num(h.score).padStart(9)}  ${h.tokens.join(" ")}`);
    }
    if (pruned.length > width) lines.push(`${String(step.t).padEnd(3)} (${pruned.length - width} more pruned)`);
  }
  const o = trace.output;
  lines.push(`output: ${o.text || "(nothing)"} (stop: ${o.stop}, log P = ${o.logProb.toFixed(4)}, n = ${o.length}, score = ${o.score.toFixed(4)})`);
  return `${lines.join("\n")}\n`;
}

function transformerLine(m: TransformerTrace["model"]): string {
  return `model: ${m.name} (Transformer, d_model ${m.d_model}, ${m.heads} heads, d_ff ${m.d_ff}, ${m.encoderLayers} + ${m.decoderLayers} layers)`;
}

/** The Transformer's trace as a table: a header, one line per decoder step, and the output. */
export function transformerTable(trace: TransformerTrace): string {
  const lines = [
    transformerLine(trace.model),
    `source: ${trace.source.map((s) => s.token).join(" ")}`,
  ];
  for (const step of trace.decoder) {
    if (step.kind === "greedy") lines.push(`${step.id.padEnd(7)} ${step.token.padEnd(8)} p(y)=${step.p[step.y]!.toFixed(4)}`);
    else step.targetTokens.forEach((tok, t) => lines.push(`${`dec.${t + 1}`.padEnd(7)} ${tok.padEnd(8)} loss=${step.losses[t]!.toFixed(4)}  forced`));
  }
  lines.push(`output: ${trace.output.text || "(nothing)"} (stop: ${trace.output.stop}, log P = ${trace.output.logProb.toFixed(4)})`);
  return `${lines.join("\n")}\n`;
}
