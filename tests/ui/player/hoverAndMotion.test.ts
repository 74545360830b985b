// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { motionDuration } from "../../../src/ui/player/motion.ts";
import { linked, symIds } from "../../../src/ui/kit/symbolIds.ts";
import { expectedTrace } from "./helpers.ts";

afterEach(() => vi.unstubAllGlobals());

describe("symbol ids", () => {
  it("linked(hovered, id) matches the same value, and a whole value with each of its halves", () => {
    const symId = symIds(expectedTrace({ bidirectional: true }));
    expect(linked(symId("h", 3), symId("h", 3, "f"))).toBe(true);
    expect(linked(symId("h", 3, "b"), symId("h", 3))).toBe(true);
    expect(linked(symId("h", 3, "b"), symId("h", 3, "f"))).toBe(false);
    expect(linked(symId("h", 3), symId("h", 2))).toBe(false);
    expect(linked(symId("alpha", 2), symId("s", 2))).toBe(false);
    expect(linked(symId("c", 4), symId("c", 4))).toBe(true);
    expect(linked(null, symId("h", 1))).toBe(false);
  });
});

describe("motion", () => {
  it("motionDuration(ms) is 0 when the reader prefers reduced motion or cannot be asked, and ms otherwise", () => {
    vi.stubGlobal("matchMedia", undefined);
    expect(motionDuration(350)).toBe(0);
    const media = (matches: boolean) => vi.fn((query: string) => ({ matches: matches && query.includes("reduce"), media: query }));
    vi.stubGlobal("matchMedia", media(true));
    expect(motionDuration(350)).toBe(0);
    vi.stubGlobal("matchMedia", media(false));
    expect(motionDuration(350)).toBe(350);
  });
});
