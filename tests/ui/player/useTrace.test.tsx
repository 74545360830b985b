// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { demoModel } from "../../../src/model/defaults.ts";
import { MAX_WORDS, tryForward, useTrace } from "../../../src/ui/player/useTrace.ts";
import { DEFAULT_PLAYER } from "../../../src/ui/playerStore.ts";

const model = demoModel(DEFAULT_PLAYER.choice, 1);

describe("useTrace", () => {
  it("tryForward(model, sentence) explains an empty, a wordless and a too long sentence", () => {
    expect(tryForward(model, "").error).toMatch(/at least one word/u);
    expect(tryForward(model, " ?! ").error).toMatch(/at least one word/u);
    expect(tryForward(model, Array(MAX_WORDS + 1).fill("you").join(" ")).error).toMatch(/at most 12/u);
    expect(tryForward(model, "I love you").trace?.source.map((t) => t.token)).toEqual(["i", "love", "you"]);
  });

  it("useTrace keeps returning the last good trace while the sentence is unusable", () => {
    const { result, rerender } = renderHook(({ s }) => useTrace(model, s), { initialProps: { s: "I love you" } });
    const good = result.current.trace;
    expect(good).not.toBeNull();
    rerender({ s: "" });
    expect(result.current.trace).toBe(good);
    expect(result.current.error).toMatch(/Type a sentence/u);
    rerender({ s: "you love me" });
    expect(result.current.error).toBeNull();
    expect(result.current.trace?.source.map((t) => t.text)).toEqual(["you", "love", "me"]);
  });

  it("useTrace returns the same trace object while model and sentence stay the same", () => {
    const { result, rerender } = renderHook(() => useTrace(model, "I love you"));
    const first = result.current.trace;
    rerender();
    expect(result.current.trace).toBe(first);
  });

  it("useTrace with an unusable first sentence returns no trace and the reason", () => {
    const { result } = renderHook(() => useTrace(model, "   "));
    expect(result.current).toEqual({ trace: null, error: expect.stringMatching(/Type a sentence/u) });
  });
});
