// Glorot uniform initialisation: U(−l, l) with l = √(6 / (fan_in + fan_out)), one draw per value.
import { describe, expect, it } from "vitest";
import { glorot, glorotMat } from "../../src/core/glorot.ts";
import { createRng, type Rng } from "../../src/core/rng.ts";

/** A generator that returns the given uniforms in turn. */
function fixed(values: number[]): Rng {
  let k = 0;
  return { next: () => values[k++]!, normal: () => Number.NaN };
}

describe("glorot", () => {
  it("glorot(count, fanIn, fanOut, rng) maps u = 0, 0.5, 0.75 to −l, 0 and l/2 with l = √(6 / (fanIn + fanOut))", () => {
    const l = Math.sqrt(6 / (2 + 1));
    expect(Array.from(glorot(3, 2, 1, fixed([0, 0.5, 0.75])))).toEqual([-l, 0, l / 2]);
  });

  it("glorot(count, fanIn, fanOut, rng) keeps every value inside (−l, l) and takes exactly one draw per value", () => {
    const rng = createRng(5);
    const values = glorot(200, 8, 4, rng);
    const l = Math.sqrt(6 / 12);
    expect(values.every((x) => x >= -l && x < l)).toBe(true);
    const fresh = createRng(5);
    for (let i = 0; i < 200; i++) fresh.next();
    expect(rng.next()).toBe(fresh.next());
  });

  it("glorotMat(rows, cols, rng) holds rows × cols values, the draws of glorot(rows · cols, cols, rows, rng) row by row", () => {
    const m = glorotMat(3, 5, createRng(9));
    expect({ rows: m.rows, cols: m.cols }).toEqual({ rows: 3, cols: 5 });
    expect(Array.from(m.data)).toEqual(Array.from(glorot(15, 5, 3, createRng(9))));
  });
});
