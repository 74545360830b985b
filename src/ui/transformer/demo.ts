// The untrained Transformer the chapter's pictures show until a trained preset has arrived (shown.ts,
// preset.ts) or if it fails, and its traces for the chapter's two sentence pairs: a fixed seed's
// Glorot draw, so the numbers flow exactly as in a trained model, but which word attends to which is
// arbitrary (the pictures say so).

import { createRng } from "../../core/rng.ts";
import { createTransformer, transformerForward, type TransformerModel, type TransformerTrace } from "../../core/transformer/index.ts";
import { ENGLISH_VOCAB, FRENCH_VOCAB } from "../../model/defaults.ts";
import { en } from "../i18n/en.ts";

/** The seed of the demo weights; 4 because the chapter follows seed 004. */
export const DEMO_SEED = 4;
/** d_model: four numbers per token, so a whole row fits on a phone. */
export const DEMO_D_MODEL = 4;
export const DEMO_D_FF = 8;
/** The head counts that divide d_model = 4. */
export const HEAD_CHOICES = [1, 2, 4] as const;
export type HeadCount = (typeof HEAD_CHOICES)[number];

export interface SentencePair {
  readonly id: "you" | "china";
  readonly source: string;
  readonly target: string;
}

/** The lessons' pair and seed 004's pair. */
export const PAIRS: readonly SentencePair[] = [
  { id: "you", source: "I love you", target: "Je t'aime" },
  { id: "china", source: "I love China", target: "我 爱 中国" },
];

/** The note in English; the pictures show `t.tf.untrained(DEMO_SEED)` in the reader's language. */
export const UNTRAINED_NOTE = en.tf.untrained(DEMO_SEED);

export function isHeadCount(n: unknown): n is HeadCount {
  return HEAD_CHOICES.includes(n as HeadCount);
}

const models = new Map<HeadCount, TransformerModel>();

/**
 * The demo model with h heads. The parameter shapes do not depend on h, so every h gets the same
 * weights: only the way W^Q, W^K and W^V are split into heads changes.
 */
export function demoTransformer(heads: HeadCount): TransformerModel {
  let model = models.get(heads);
  if (!model) {
    model = createTransformer(
      {
        name: `Untrained Transformer (${heads} head${heads === 1 ? "" : "s"})`,
        sourceVocab: [...ENGLISH_VOCAB, "china"],
        targetVocab: [...FRENCH_VOCAB, "我", "爱", "中国"],
        d_model: DEMO_D_MODEL,
        heads,
        d_ff: DEMO_D_FF,
      },
      createRng(DEMO_SEED),
    );
    models.set(heads, model);
  }
  return model;
}

const traces = new Map<string, TransformerTrace>();

/** One teacher-forced pass over a pair: the decoder reads <sos> and the target, all rows at once. */
export function demoTrace(heads: HeadCount, pair: SentencePair): TransformerTrace {
  const key = `${heads}:${pair.id}`;
  let trace = traces.get(key);
  if (!trace) {
    trace = transformerForward(demoTransformer(heads), pair.source, { target: pair.target });
    traces.set(key, trace);
  }
  return trace;
}

export function pairById(id: unknown): SentencePair {
  return PAIRS.find((p) => p.id === id) ?? PAIRS[0]!;
}
