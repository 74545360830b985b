// Transformer parameter counts: one projection W^Q, a whole attention block (W^Q, W^K, W^V, W^O) or
// the feed-forward layer, read from the core's shape table (transformerShapesFor, the one validation,
// initialisation and the editor use) of a one-layer encoder. The core's attention has no biases and
// its FFN has b_1 and b_2, as in Vaswani et al. 2017.

import type { ParamShape } from "../../core/model.ts";
import { transformerShapesFor } from "../../core/transformer/shapes.ts";
import { int, pick } from "../draw.ts";
import type { ExerciseKind, Solution } from "../types.ts";

type Part = "W_Q" | "attention" | "ffn";
type TfCountIn = { part: Part; d_model: number; heads: number; d_ff: number };

const PREFIX: Record<Part, string> = { W_Q: "encoder.0.selfAttention.W_Q", attention: "encoder.0.selfAttention.", ffn: "encoder.0.ffn." };

/** The shapes of the part in the core's table of a one-layer encoder of width d_model. */
function partShapes(part: Part, d_model: number, d_ff: number): ParamShape[] {
  const table = transformerShapesFor({ d_model, d_ff, sourceVocab: 1, targetVocab: 1, encoderLayers: 1, decoderLayers: 0 });
  return table.filter((s) => s.path.startsWith(PREFIX[part]));
}

const size = (s: ParamShape) => s.rows * (s.cols ?? 1);
const total = (shapes: readonly ParamShape[]) => shapes.reduce((a, s) => a + size(s), 0);

/**
 * One head's block of an attention matrix (the core slices W^Q, W^K, W^V by columns and W^O by rows,
 * d_k = d_model / h each): what a reader counts who takes d_k for d_model.
 */
function headBlock(s: ParamShape, heads: number): ParamShape {
  return s.name === "W_O" ? { ...s, rows: s.rows / heads } : { ...s, cols: s.cols! / heads };
}

const TEX: Record<string, string> = { W_Q: "W^Q", W_K: "W^K", W_V: "W^V", W_O: "W^O", W_1: "W_1", b_1: "b_1", W_2: "W_2", b_2: "b_2" };

export const transformerCount: ExerciseKind<TfCountIn> = {
  id: "tf.count",
  slips: ["noBias", "dkForDmodel"],
  exact: true,
  draw(rng) {
    const d_model = pick(rng, [4, 6, 8, 12, 16]);
    const heads = pick(rng, [2, 4].filter((h) => d_model % h === 0));
    return { part: pick(rng, ["W_Q", "attention", "ffn"] as const), d_model, heads, d_ff: d_model * int(rng, 2, 4) };
  },
  solve(v): Solution {
    const shapes = partShapes(v.part, v.d_model, v.d_ff);
    const d_k = v.d_model / v.heads;
    const slips: Solution["slips"] =
      v.part === "ffn"
        ? // The FFN's matrices only; and the FFN of a model d_k wide.
          { noBias: total(shapes.filter((s) => s.cols !== undefined)), dkForDmodel: total(partShapes("ffn", d_k, v.d_ff)) }
        : { dkForDmodel: total(shapes.map((s) => headBlock(s, v.heads))) };
    return {
      answer: total(shapes),
      slips,
      steps: shapes.map((s) => ({ tex: `${TEX[s.name] ?? s.name}: ${s.rows}${s.cols !== undefined ? ` \\times ${s.cols}` : ""}`, value: size(s) })),
    };
  },
  given: (v) => [
    { tex: "d_{\\text{model}}", value: v.d_model },
    { tex: "h", value: v.heads },
    { tex: "d_k = d_{\\text{model}} / h", value: v.d_model / v.heads },
    ...(v.part === "ffn" ? [{ tex: "d_{\\text{ff}}", value: v.d_ff }] : []),
  ],
  target: (v) => (v.part === "W_Q" ? "\\#\\text{params}(W^Q)" : v.part === "attention" ? "\\#\\text{params}(W^Q, W^K, W^V, W^O)" : "\\#\\text{params}(\\text{FFN})"),
};
