import { describe, expect, it } from "vitest";
import { positionalEncoding } from "../../../src/core/transformer/positional.ts";
import { expectMat } from "./helpers.ts";

describe("sinusoidal positional encoding", () => {
  it("positionalEncoding(3, 4) gives sin/cos pairs at the known positions 0, 1, 2", () => {
    // d_model = 4: columns 0, 1 use pos / 10000^0 = pos; columns 2, 3 use pos / 10000^{2/4} = pos / 100.
    expectMat(positionalEncoding(3, 4), [
      [0, 1, 0, 1],
      [Math.sin(1), Math.cos(1), Math.sin(0.01), Math.cos(0.01)],
      [Math.sin(2), Math.cos(2), Math.sin(0.02), Math.cos(0.02)],
    ]);
    // The same row 1 as decimals (python3: math.sin(1), math.cos(1), math.sin(.01), math.cos(.01)).
    expectMat(positionalEncoding(2, 4, 1), [
      [0.8414709848078965, 0.5403023058681398, 0.009999833334166664, 0.9999500004166653],
      [0.9092974268256817, -0.4161468365471424, 0.01999866669333308, 0.9998000066665778],
    ]);
  });

  it("positionalEncoding(T, d, start) continues the rows of positionalEncoding(T + start, d)", () => {
    const all = positionalEncoding(7, 6);
    const tail = positionalEncoding(3, 6, 4);
    expect(Array.from(tail.data)).toEqual(Array.from(all.data.subarray(4 * 6)));
  });

  it("positionalEncoding(T, d) with odd d ends each row on a sine", () => {
    // d = 3: column 2 is 2i = 2, angle pos / 10000^{2/3}.
    const pe = positionalEncoding(2, 3);
    expect(pe.data[5]).toBe(Math.sin(1 / Math.pow(10000, 2 / 3)));
  });

  it("positionalEncoding(T, d) stays in [−1, 1] for far positions", () => {
    const pe = positionalEncoding(4, 8, 1e6);
    expect(Array.from(pe.data).every((v) => v >= -1 && v <= 1)).toBe(true);
  });
});
