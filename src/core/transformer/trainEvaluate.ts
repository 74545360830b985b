// How well a Transformer translates a set of pairs, by the measures src/core/train/evaluate.ts uses for
// the recurrent models: sentence accuracy (the greedy translation, stopping at <eos>, equals the
// reference exactly) and token accuracy (teacher-forced argmax equals the reference token, <eos> included).

import { argmax } from "../activations.ts";
import type { Pair } from "../teacherForcing.ts";
import { row } from "../tensor.ts";
import type { Evaluation } from "../train/evaluate.ts";
import { transformerForwardTokens } from "./forward.ts";
import { tokenLosses } from "./output.ts";
import { forcedPass } from "./teacherForcing.ts";
import type { TransformerModel } from "./types.ts";

/** The greedy translation's ids (without <eos>) and whether it stopped at <eos>. */
export function transformerGreedyIds(model: TransformerModel, source: readonly number[], maxLength = model.maxLength): { ids: number[]; stop: "eos" | "limit" } {
  const tokens = source.map((id) => ({ text: model.source.vocab[id] ?? "", token: model.source.vocab[id] ?? "", id, unknown: false }));
  const trace = transformerForwardTokens(model, tokens, { maxLength });
  return { ids: [...trace.output.ids], stop: trace.output.stop };
}

/** Whether the greedy translation of pair.source is exactly pair.target followed by <eos>. */
export function transformerTranslatesExactly(model: TransformerModel, pair: Pair): boolean {
  const out = transformerGreedyIds(model, pair.source, Math.max(model.maxLength, pair.target.length + 1));
  return out.stop === "eos" && out.ids.length === pair.target.length && out.ids.every((id, i) => id === pair.target[i]);
}

/** Loss (mean −log p per scored token), sentence accuracy and token accuracy over `pairs` (not empty). */
export function evaluateTransformer(model: TransformerModel, pairs: readonly Pair[]): Evaluation {
  if (pairs.length === 0) throw new RangeError("evaluateTransformer: expected at least one sentence pair");
  let nll = 0;
  let tokens = 0;
  let correctTokens = 0;
  let correctSentences = 0;
  for (const pair of pairs) {
    const f = forcedPass(model, pair.source, pair.target);
    const losses = tokenLosses(f.decoder.out, f.targets);
    f.targets.forEach((y, t) => {
      nll += losses[t]!;
      tokens++;
      if (argmax(row(f.decoder.out.logits, t)) === y) correctTokens++;
    });
    if (transformerTranslatesExactly(model, pair)) correctSentences++;
  }
  return { loss: nll / tokens, sentenceAccuracy: correctSentences / pairs.length, tokenAccuracy: correctTokens / tokens, sentences: pairs.length, tokens };
}
