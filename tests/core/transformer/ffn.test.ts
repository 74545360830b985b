import { describe, expect, it } from "vitest";
import { feedForward } from "../../../src/core/transformer/ffn.ts";
import { M, expectMat } from "./helpers.ts";

describe("position-wise feed-forward layer", () => {
  it("feedForward(x, p) matches the hand-computed case and applies the same network to every row", () => {
    // x_1 = [1, −1]: x W_1 = [1 − 3, 2 + 1, 0 − 1] = [−2, 3, −1]; + b_1 = [−2, 3.5, −2];
    // ReLU → [0, 3.5, 0]; · W_2 = [3.5·2, 3.5·1] = [7, 3.5]; + b_2 = [7.25, 3.25].
    // x_2 = [0, 0]: pre = b_1 = [0, 0.5, −1]; hidden [0, 0.5, 0]; · W_2 = [1, 0.5]; + b_2 = [1.25, 0.25].
    const p = {
      W_1: M([
        [1, 2, 0],
        [3, -1, 1],
      ]),
      b_1: Float64Array.of(0, 0.5, -1),
      W_2: M([
        [1, 0],
        [2, 1],
        [0, 3],
      ]),
      b_2: Float64Array.of(0.25, -0.25),
    };
    const rec = feedForward(
      M([
        [1, -1],
        [0, 0],
      ]),
      p,
    );
    expect(rec.formula).toBe("tf.ffn");
    expectMat(rec.pre, [
      [-2, 3.5, -2],
      [0, 0.5, -1],
    ]);
    expectMat(rec.hidden, [
      [0, 3.5, 0],
      [0, 0.5, 0],
    ]);
    expectMat(rec.output, [
      [7.25, 3.25],
      [1.25, 0.25],
    ]);
  });
});
