// The words of the player's decoding control and of the playground's "what the model knows" panel,
// in English (the Chinese ones are in messagesZh.ts); en.ts and zh.ts take them as their `decoding`
// and `modelFacts` sections.

import type { DecodingKind } from "../../core/decoding.ts";

export const pct = (x: number) => `${(x * 100).toFixed(0)} %`;

export const decodingEn = {
  label: "Decoding",
  kinds: { greedy: "Greedy (argmax)", sample: "Sampling (τ, seed)" } satisfies Record<DecodingKind, string>,
  temperature: "Temperature τ",
  temperatureNumber: "Temperature τ, as a number",
  seed: "Seed",
  seedNumber: "Sampling seed",
  notNumber: (text: string) => `“${text}” is not a number: a temperature is a number greater than 0.`,
  notPositive: (text: string) => `${text} is not a temperature: τ must be greater than 0 (logits are divided by it).`,
  tooSmall: (text: string, min: number) => `${text} is too close to 0: below ${min} sampling is greedy decoding. Use ${min} or more.`,
  tooLarge: (text: string, max: number) => `${text} is too large: above ${max} every word is equally likely. Use at most ${max}.`,
  /** Formula captions. */
  // Captions are set in capitals: a τ here would read as a capital tau (Τ).
  tempered: "distribution at the sampling temperature",
  drawn: (seed: number) => `next token, drawn with seed ${seed}`,
  /** The output picture. */
  outputAt: (t: number, temperature: string) => `Output distribution at τ = ${temperature}, t′ = ${t}`,
  outputLabel: (t: number, token: string, temperature: string) => `The most likely tokens at decoder step ${t}, probabilities at temperature ${temperature}; the token drawn is ${token}. Ticks mark p at τ = 1.`,
  drawnMark: "◀ drawn",
  /** The number table's column and mark. */
  pAt: (temperature: string) => `p at τ = ${temperature}`,
  drawnWord: "drawn",
  ticks: "bars: p at τ · ticks: p at τ = 1",
  /** Notes on a lesson's props. */
  ignoredTemperature: (value: string) => `This figure ignores temperature="${value}": expected a number from 0.01 to 100.`,
  ignoredSeed: (value: string) => `This figure ignores seed="${value}": expected a whole number.`,
  ignoredStep: (value: string) => `This figure ignores step="${value}": expected a step id such as enc.f.1, ctx or dec.1 that this sentence has.`,
};

export type DecodingMessages = typeof decodingEn;

export const modelFactsEn = {
  region: "What the model knows",
  accuracy: "Held-out accuracy:",
  accuracyValue: (x: number) => `${pct(x)} of the held-out sentences (never seen in training) translated exactly`,
  beforeEdits: "measured before your edits to the weights",
  notMeasuredDemo: "not measured: these weights are random and untrained",
  notMeasuredImported: "not measured: the imported model file does not say",
  notMeasuredPreset: "not measured for this model",
  loading: "the trained model is still loading",
  vocabulary: (n: number) => `Words it reads (${n})`,
  vocabularyHint: "Press a word to add it to the end of the sentence; ← and → move between the words. Any other word is read as <unk>.",
};

export type ModelFactsMessages = typeof modelFactsEn;
