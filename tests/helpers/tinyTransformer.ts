// A tiny Transformer with chosen vocabularies and every parameter redrawn uniformly in [−scale, scale]
// (γ around 1), for decoding tests. Deterministic: same seed and options ⇒ same numbers.

import { createRng } from "../../src/core/rng.ts";
import { createTransformer, getTransformerParam, transformerParamShapes, withTransformerParam, type TransformerModel } from "../../src/core/transformer/index.ts";

export interface TinyTransformerOptions {
  readonly sourceVocab?: readonly string[];
  readonly targetVocab?: readonly string[];
  readonly maxLength?: number;
  readonly scale?: number;
}

export function tinyTransformer(seed: number, o: TinyTransformerOptions = {}): TransformerModel {
  let model = createTransformer(
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
  const rng = createRng(seed + 1000);
  const scale = o.scale ?? 1;
  for (const s of transformerParamShapes(model)) {
    const p = getTransformerParam(model, s.path)!;
    const n = p instanceof Float64Array ? p.length : p.data.length;
    const data = Float64Array.from({ length: n }, () => (s.name === "gamma" ? 1 : 0) + (2 * rng.next() - 1) * scale);
    model = withTransformerParam(model, s.path, p instanceof Float64Array ? data : { rows: p.rows, cols: p.cols, data });
  }
  return model;
}
