import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { attention } from "../../../src/core/transformer/attention.ts";
import { concatCols, matMul, sliceCols } from "../../../src/core/transformer/matrix.ts";
import { crossAttention, encoderSelfAttention, maskedSelfAttention, multiHeadAttention } from "../../../src/core/transformer/multihead.ts";
import type { AttentionParams } from "../../../src/core/transformer/types.ts";
import { M, arbMat, expectMat } from "./helpers.ts";

// Hand case, d_model = 2, h = 2, so d_k = 1 and each head is one column.
// X = [[1, 0], [0, 2]], W^Q = W^K = W^V = I, W^O swaps the two columns. Then Q = K = V = X.
// Head 1 (column 1): q = k = v = [1, 0]; scores q_i k_j / √1 = [[1, 0], [0, 0]];
//   weights [[σ(1), 1 − σ(1)], [0.5, 0.5]]; output [σ(1)·1, 0.5·1] = [0.7310585786300049, 0.5].
// Head 2 (column 2): q = k = v = [0, 2]; scores [[0, 0], [0, 4]];
//   weights [[0.5, 0.5], [1 − σ(4), σ(4)]]; output [1, 2σ(4)] = [1, 1.964027580075817].
// concat = [[σ(1), 1], [0.5, 2σ(4)]]; output = concat W^O = [[1, σ(1)], [2σ(4), 0.5]].
const I = M([
  [1, 0],
  [0, 1],
]);
const swap = M([
  [0, 1],
  [1, 0],
]);
const p: AttentionParams = { W_Q: I, W_K: I, W_V: I, W_O: swap };
const X = M([
  [1, 0],
  [0, 2],
]);
const s1 = 0.7310585786300049;
const twoS4 = 1.964027580075817;

describe("multi-head attention", () => {
  it("encoderSelfAttention(p, 2, X) matches the hand-computed two-head case", () => {
    const rec = encoderSelfAttention(p, 2, X);
    expect(rec.kind).toBe("encoder-self");
    expect(rec.heads.map((h) => h.causal)).toEqual([false, false]);
    expectMat(rec.heads[0]!.scores, [
      [1, 0],
      [0, 0],
    ]);
    expectMat(rec.heads[1]!.scores, [
      [0, 0],
      [0, 4],
    ]);
    expectMat(rec.concat, [
      [s1, 1],
      [0.5, twoS4],
    ]);
    expectMat(rec.output, [
      [1, s1],
      [twoS4, 0.5],
    ]);
  });

  it("maskedSelfAttention(p, 2, Y) masks every head: the first token reads only itself", () => {
    // Head 1 row 1: [1, 0] → 1; head 2 row 1: [1, 0] → v_1 = 0; row 2 as unmasked.
    const rec = maskedSelfAttention(p, 2, X);
    expect(rec.kind).toBe("decoder-self");
    expect(rec.heads.every((h) => h.causal && h.mask.data[1] === -Infinity)).toBe(true);
    expectMat(rec.concat, [
      [1, 0],
      [0.5, twoS4],
    ]);
    expectMat(rec.output, [
      [0, 1],
      [twoS4, 0.5],
    ]);
  });

  it("crossAttention(p, h, Y, H) gives T_target × T_source weights with queries from Y and keys from H", () => {
    const Y = M([
      [1, 0],
      [0, 1],
      [1, 1],
    ]);
    const H = M([
      [2, 0],
      [0, 2],
    ]);
    const rec = crossAttention(p, 2, Y, H);
    expect(rec.kind).toBe("cross");
    expect(rec.X_q).toBe(Y);
    expect(rec.X_kv).toBe(H);
    for (const head of rec.heads) {
      expect([head.weights.rows, head.weights.cols]).toEqual([3, 2]);
      expect(head.causal).toBe(false);
    }
    expect([rec.output.rows, rec.output.cols]).toEqual([3, 2]);
  });

  it("multiHeadAttention(p, h, X_q, X_kv, kind) equals the concatenation of single heads projected by W^O", () => {
    const arb = fc
      .record({ h: fc.integer({ min: 1, max: 3 }), d_k: fc.integer({ min: 1, max: 3 }), Tq: fc.integer({ min: 1, max: 4 }), Tk: fc.integer({ min: 1, max: 4 }), kind: fc.constantFrom("encoder-self", "decoder-self", "cross") as fc.Arbitrary<"encoder-self" | "decoder-self" | "cross"> })
      .chain(({ h, d_k, Tq, Tk, kind }) => {
        const d = h * d_k;
        const Tkv = kind === "cross" ? Tk : Tq;
        return fc.tuple(fc.constant({ h, d_k, kind }), arbMat(Tq, d, 3), arbMat(Tkv, d, 3), arbMat(d, d, 1), arbMat(d, d, 1), arbMat(d, d, 1), arbMat(d, d, 1));
      });
    fc.assert(
      fc.property(arb, ([{ h, d_k, kind }, Xq, Xkv0, W_Q, W_K, W_V, W_O]) => {
        const Xkv = kind === "cross" ? Xkv0 : Xq;
        const rec = multiHeadAttention({ W_Q, W_K, W_V, W_O }, h, Xq, Xkv, kind);
        const single = Array.from({ length: h }, (_, k) => {
          const cols = (W: typeof W_Q) => sliceCols(W, k * d_k, d_k);
          return attention(matMul(Xq, cols(W_Q)), matMul(Xkv, cols(W_K)), matMul(Xkv, cols(W_V)), kind === "decoder-self").output;
        });
        const expected = matMul(concatCols(single), W_O);
        for (let i = 0; i < expected.data.length; i++) expect(Math.abs(rec.output.data[i]! - expected.data[i]!)).toBeLessThanOrEqual(1e-12);
      }),
    );
  });

  it("multiHeadAttention(p, h, …) rejects a width that h does not divide", () => {
    expect(() => multiHeadAttention(p, 3, X, X, "encoder-self")).toThrow(RangeError);
  });
});
