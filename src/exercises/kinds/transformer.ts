// Transformer exercises: a masked self-attention weight, a cross-attention weight and a
// positional-encoding entry, computed by src/core/transformer's attention and positionalEncoding.

import { attention } from "../../core/transformer/attention.ts";
import { positionalEncoding } from "../../core/transformer/positional.ts";
import { matFromRows, matToRows } from "../../core/tensor.ts";
import { int, matOf, pick } from "../draw.ts";
import type { ExerciseKind, Solution } from "../types.ts";

const D = 2;
const M = matFromRows;
const scaled = (rows: number[][], f: number) => rows.map((r) => r.map((x) => x * f));

type MaskedIn = { Q: number[][]; K: number[][]; i: number; j: number };

export const maskedWeight: ExerciseKind<MaskedIn> = {
  id: "tf.masked",
  slips: ["noMask", "scaleN"],
  draw(rng) {
    const i = int(rng, 1, 2);
    return { Q: matOf(rng, 3, D), K: matOf(rng, 3, D), i, j: int(rng, 0, i) };
  },
  solve(v): Solution {
    const w = (Q: number[][], causal: boolean) => attention(M(Q), M(v.K), M(v.K), causal);
    const rec = w(v.Q, true);
    const at = (r: ReturnType<typeof w>) => r.weights.data[v.i * 3 + v.j]!;
    return {
      answer: at(rec),
      // Q Kᵀ / d_k is the core's Q Kᵀ / √d_k for Q / √d_k.
      slips: { noMask: at(w(v.Q, false)), scaleN: at(w(scaled(v.Q, 1 / Math.sqrt(D)), true)) },
      steps: [
        { tex: "Q K^\\top / \\sqrt{d_k}", value: matToRows(rec.scores) },
        { tex: "\\operatorname{softmax}(Q K^\\top / \\sqrt{d_k} + M)", value: matToRows(rec.weights) },
        { tex: `A_{${v.i + 1}${v.j + 1}}`, value: at(rec) },
      ],
    };
  },
  given: (v) => [
    { tex: "\\sq{Q}", value: v.Q },
    { tex: "\\sk{K}", value: v.K },
  ],
  target: (v) => `A_{${v.i + 1}${v.j + 1}}`,
};

type CrossIn = { Q: number[][]; K: number[][]; i: number; j: number };

export const crossWeight: ExerciseKind<CrossIn> = {
  id: "tf.cross",
  slips: ["wrongAxis", "scaleN"],
  draw: (rng) => ({ Q: matOf(rng, 2, D), K: matOf(rng, 3, D), i: int(rng, 0, 1), j: int(rng, 0, 2) }),
  solve(v): Solution {
    const rec = attention(M(v.Q), M(v.K), M(v.K));
    const answer = rec.weights.data[v.i * 3 + v.j]!;
    // Normalised over the queries (a column) instead of the keys: the rows of softmax(K Qᵀ / √d_k).
    const byColumn = attention(M(v.K), M(v.Q), M(v.Q)).weights.data[v.j * 2 + v.i]!;
    return {
      answer,
      slips: { wrongAxis: byColumn, scaleN: attention(M(scaled(v.Q, 1 / Math.sqrt(D))), M(v.K), M(v.K)).weights.data[v.i * 3 + v.j]! },
      steps: [
        { tex: "\\sq{Q} \\sk{K}^\\top / \\sqrt{d_k}", value: matToRows(rec.scores) },
        { tex: "\\operatorname{softmax}(\\cdot)", value: matToRows(rec.weights) },
        { tex: `A_{${v.i + 1}${v.j + 1}}`, value: answer },
      ],
    };
  },
  given: (v) => [
    { tex: "\\sq{Q}", value: v.Q },
    { tex: "\\sk{K}", value: v.K },
  ],
  target: (v) => `A_{${v.i + 1}${v.j + 1}}`,
};

type PeIn = { pos: number; d_model: number; c: number };

const pe = (pos: number, d: number, c: number) => positionalEncoding(1, d, pos).data[c]!;

export const positional: ExerciseKind<PeIn> = {
  id: "tf.pe",
  slips: ["sinCos", "posFromOne"],
  draw(rng) {
    const d_model = pick(rng, [4, 6, 8]);
    return { pos: int(rng, 1, 6), d_model, c: int(rng, 0, d_model - 1) };
  },
  solve(v): Solution {
    const answer = pe(v.pos, v.d_model, v.c);
    const partner = v.c ^ 1;
    const twoI = v.c - (v.c % 2);
    return {
      answer,
      slips: { ...(partner < v.d_model ? { sinCos: pe(v.pos, v.d_model, partner) } : {}), posFromOne: pe(v.pos + 1, v.d_model, v.c) },
      steps: [
        { tex: `\\text{angle} = ${v.pos} / 10000^{${twoI}/${v.d_model}}`, value: v.pos / Math.pow(10000, twoI / v.d_model) },
        { tex: `PE(${v.pos}, ${v.c}) = \\${v.c % 2 === 0 ? "sin" : "cos"}(\\text{angle})`, value: answer },
      ],
    };
  },
  given: (v) => [
    { tex: "pos", value: v.pos },
    { tex: "d_{\\text{model}}", value: v.d_model },
    { tex: "\\text{column}", value: v.c },
  ],
  target: (v) => `PE(${v.pos}, ${v.c})`,
};
