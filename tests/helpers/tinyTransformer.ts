// A tiny Transformer with chosen vocabularies and every parameter redrawn uniformly in [−scale, scale]
// (γ around 1), for decoding tests. Deterministic: same seed and options ⇒ same numbers.

import { createRng } from "../../src/core/rng.ts";
import { createTransformer, type TransformerModel } from "../../src/core/transformer/index.ts";
import { redrawParams } from "../core/transformer/helpers.ts";

export interface TinyTransformerOptions {
  readonly sourceVocab?: readonly string[];
  readonly targetVocab?: readonly string[];
  readonly maxLength?: number;
  readonly scale?: number;
}

export function tinyTransformer(seed: number, o: TinyTransformerOptions = {}): TransformerModel {
  const model = createTransformer(
    {
      name: "tiny",
      sourceVocab: [...(o.sourceVocab ?? ["<sos>", "<eos>", "<unk>", "a", "b"])],
      targetVocab: [...(o.targetVocab ?? ["<sos>", "<eos>", "<unk>", "x"])],
      d_model: 4,
      heads: 2,
      d_ff: 6,
      layers: 1,
      maxLength: o.maxLength ?? 4,
    },
    createRng(seed),
  );
  return redrawParams(model, seed + 1000, o.scale ?? 1);
}
