// readoutBackward: the cross-entropy through log-softmax, its gradients against central
// differences, and its stability for logits far beyond exp's range.

import { describe, expect, it } from "vitest";
import { readoutBackward } from "../../../src/core/grad/index.ts";
import { readout } from "../../../src/core/output.ts";
import { createRng } from "../../../src/core/rng.ts";
import type { Params } from "../../../src/core/model.ts";
import type { Vec } from "../../../src/core/tensor.ts";
import { centralDifference, relativeError } from "./gradcheck.ts";

const V = 5;
const r = 3;
const rng = createRng(3);
const output: Params = {
  W_out: { rows: V, cols: r, data: Float64Array.from({ length: V * r }, () => rng.normal()) },
  b_out: Float64Array.from({ length: V }, () => rng.normal()),
};
const x = Float64Array.from({ length: r }, () => rng.normal());

describe("readoutBackward", () => {
  it("readoutBackward(output, r, logits, y, 1) returns −log p_y of the forward softmax", () => {
    const { logits, p } = readout(output, x);
    for (let y = 0; y < V; y++) expect(readoutBackward(output, x, logits, y, 1).nll).toBeCloseTo(-Math.log(p[y]!), 14);
  });

  it("readoutBackward(output, r, logits, y, w) gives ∂r within 1e-6 of central differences, scaled by w", () => {
    const y = 2;
    const nll = (v: Vec): number => -Math.log(readout(output, v).p[y]!);
    const back = readoutBackward(output, x, readout(output, x).logits, y, 0.25);
    for (let i = 0; i < r; i++) {
      const n = centralDifference((d) => {
        const moved = x.slice();
        moved[i]! += d;
        return 0.25 * nll(moved);
      });
      expect(relativeError(back.dr[i]!, n)).toBeLessThanOrEqual(1e-6);
    }
  });

  it("readoutBackward(output, r, logits, y, w) gives a bias gradient w (p − onehot(y)) that sums to zero", () => {
    const { logits, p } = readout(output, x);
    const db = readoutBackward(output, x, logits, 1, 0.5).terms.find((t) => t.path === "decoder.output.b_out")!.delta;
    for (let i = 0; i < V; i++) expect(db[i]).toBeCloseTo(0.5 * (p[i]! - (i === 1 ? 1 : 0)), 15);
    expect(Math.abs(Array.from(db).reduce((a, b) => a + b, 0))).toBeLessThan(1e-15);
  });

  it("readoutBackward(output, r, logits, y, 1) stays finite for logits of ±1e300", () => {
    const logits = Float64Array.from([1e300, -1e300, 0, 5, -5]);
    const wrong = readoutBackward(output, x, logits, 1, 1);
    const right = readoutBackward(output, x, logits, 0, 1);
    expect(wrong.nll).toBeGreaterThan(1e299);
    expect(Number.isFinite(wrong.nll)).toBe(true);
    expect(right.nll === 0).toBe(true);
    for (const t of [...wrong.terms, ...right.terms]) expect(Array.from(t.delta).every(Number.isFinite)).toBe(true);
  });
});
