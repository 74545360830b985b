import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { topTokens } from "../../../src/ui/player/topTokens.ts";

describe("topTokens", () => {
  it("topTokens(p, k, chosen) gives the k largest, largest first, ties by lower id, with the rest counted and summed", () => {
    const { shown, others } = topTokens([0.1, 0.4, 0.1, 0.3, 0.1], 2, 1);
    expect(shown).toEqual([{ k: 1, p: 0.4 }, { k: 3, p: 0.3 }]);
    expect(others.count).toBe(3);
    expect(others.p).toBeCloseTo(0.3, 12);
    expect(topTokens([0.2, 0.2, 0.2], 2, 0).shown.map((e) => e.k)).toEqual([0, 1]);
  });

  it("topTokens(p, k, chosen) adds the chosen token after the top k when it is not among them", () => {
    expect(topTokens([0.5, 0.3, 0.15, 0.05], 2, 3).shown).toEqual([{ k: 0, p: 0.5 }, { k: 1, p: 0.3 }, { k: 3, p: 0.05 }]);
  });

  it("topTokens agrees with a full sort for any distribution", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 10 }), (p, k) => {
        const sorted = p.map((x, i) => ({ k: i, p: x })).sort((a, b) => b.p - a.p || a.k - b.k).slice(0, k);
        expect(topTokens(p, k, -1).shown).toEqual(sorted);
      }),
    );
  });
});
