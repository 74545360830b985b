// The backward of the affine maps every cell and score is built from: for a = Σ_k W_k x + b, the
// input gradient is ∂x = Σ_k W_kᵀ δ_k; and the split of ∂[a; b] back into ∂a and ∂b.
// Shapes: each W_k n_k × m, each δ_k n_k → m.

import type { Mat, ReadonlyVec, Vec } from "../tensor.ts";

/** Σ_k W_kᵀ δ_k for matrices of one width m. Shape: → m. */
export function sumMatTVec(pairs: readonly (readonly [Mat, ReadonlyVec])[]): Vec {
  const m = pairs[0]![0].cols;
  const out = new Float64Array(m);
  for (const [W, delta] of pairs) {
    if (W.cols !== m) throw new RangeError(`sumMatTVec: widths ${W.cols} and ${m} differ`);
    const { data } = W;
    for (let i = 0; i < W.rows; i++) {
      const d = delta[i]!;
      if (d === 0) continue;
      const o = i * m;
      for (let j = 0; j < m; j++) out[j]! += data[o + j]! * d;
    }
  }
  return out;
}

/** [a; b] → a, b with a of length p, as new vectors. Shapes: p + q → p, q. */
export function split(v: ReadonlyVec, p: number): [Vec, Vec] {
  const all = Float64Array.from(v as ArrayLike<number>);
  return [all.slice(0, p), all.slice(p)];
}

/** a + b element-wise, as a new vector; an absent operand counts as zeros. Shape: n, n → n. */
export function add(a: ReadonlyVec | undefined, b: ReadonlyVec | undefined, n: number): Vec {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (a?.[i] ?? 0) + (b?.[i] ?? 0);
  return out;
}
