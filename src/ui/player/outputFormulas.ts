// The output layer's lines of a decoder step: the logits, p = softmax(z), and the choice of y_{t'}:
// argmax p when greedy; when sampling, p at temperature τ (the chosen word's probability at τ beside
// its probability at τ = 1, so τ's effect is in the numbers) and the draw from softmax(z / τ).

import type { DecoderStep, Trace } from "../../core/trace.ts";
import type { Messages } from "../i18n/en.ts";
import { texWord } from "../kit/format.ts";
import { OUTPUT_FORMULAS } from "../../core/output.ts";
import { OUTPUT_TEMPLATES } from "./formulas.ts";
import { substitute, type FormulaLine } from "./formulaLine.ts";
import type { SymId } from "../kit/symbolIds.ts";

/** τ as the formulas and the pictures write it. */
export function temperatureText(trace: Trace): string {
  return trace.strategy.kind === "sample" ? String(trace.strategy.temperature) : "1";
}

/** `readout` is the TeX of what W_out reads; `bindings` point the terms at the pictures. */
export function outputLines(step: DecoderStep, trace: Trace, vocab: readonly string[], readout: string, bindings: Readonly<Record<string, SymId>>, words: Messages): FormulaLine[] {
  const t = step.t;
  const word = texWord(vocab[step.y] ?? step.token);
  // The word and τ are written into the TeX; the probabilities stay values the panel writes as numbers.
  const texts = { word, tau: temperatureText(trace) };
  const values = { pChosen: step.p[step.y]!, ...(step.pSample ? { pTau: step.pSample[step.y]! } : {}) };
  const line = (key: string, caption: string, tex: string): FormulaLine => ({ key: `${step.id}:${key}`, caption, tex: substitute(tex, texts), values, bindings });
  const lines = [line("logits", words.captions.logits, OUTPUT_TEMPLATES[OUTPUT_FORMULAS.logits](t, readout)), line("p", words.captions.distribution, OUTPUT_TEMPLATES[OUTPUT_FORMULAS.p](t))];
  if (step.forced) return [...lines, line("y", words.captions.nextToken, OUTPUT_TEMPLATES[OUTPUT_FORMULAS.forced](t))];
  if (!step.pSample) return [...lines, line("y", words.captions.nextToken, OUTPUT_TEMPLATES[OUTPUT_FORMULAS.argmax](t))];
  const seed = trace.strategy.kind === "sample" ? trace.strategy.seed : 0;
  return [...lines, line("pTau", words.decoding.tempered, OUTPUT_TEMPLATES[OUTPUT_FORMULAS.pSample](t)), line("y", words.decoding.drawn(seed), OUTPUT_TEMPLATES[OUTPUT_FORMULAS.sample](t))];
}
