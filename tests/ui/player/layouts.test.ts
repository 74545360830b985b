import { describe, expect, it } from "vitest";
import { decoderScene } from "../../../src/ui/player/layouts/decoder.ts";
import { encoderScene } from "../../../src/ui/player/layouts/encoder.ts";
import { heatmapScene } from "../../../src/ui/player/layouts/heatmap.ts";
import { linesScene } from "../../../src/ui/player/layouts/lines.ts";
import { outputScene } from "../../../src/ui/player/layouts/output.ts";
import { FUTURE_OPACITY } from "../../../src/ui/player/scene.ts";
import { expectedTrace, firstDecoderIndex } from "./helpers.ts";

const keys = (items: readonly { key: string }[]) => items.map((i) => i.key);

describe("layouts", () => {
  it("encoderScene(trace, 0) draws every h_t and C_t, with values only for the step the cursor is on", () => {
    const trace = expectedTrace();
    const scene = encoderScene(trace, 0);
    expect(keys(scene.rects).filter((k) => k.endsWith(":frame"))).toEqual(["x:0:frame", "x:1:frame", "x:2:frame", "h:f:1:frame", "C:f:1:frame", "h:f:2:frame", "C:f:2:frame", "h:f:3:frame", "C:f:3:frame"]);
    const valueText = (key: string) => scene.texts.find((t) => t.key === key)!;
    expect(valueText("h:f:1:v0").text).not.toBe("");
    expect(valueText("h:f:2:v0").text).toBe("");
    expect(scene.rects.find((r) => r.key === "h:f:3:frame")!.opacity).toBe(FUTURE_OPACITY);
    expect(new Set(keys(scene.rects)).size).toBe(scene.rects.length);
  });

  it("encoderScene(bidirectional trace) adds a backward row whose first computed state is h_T", () => {
    const trace = expectedTrace({ bidirectional: true, cell: "rnn" });
    const firstBackward = trace.steps.findIndex((s) => s.kind === "encoder" && s.direction === "backward");
    const scene = encoderScene(trace, firstBackward);
    const frame = (k: string) => scene.rects.find((r) => r.key === k)!;
    expect(frame("h:b:3:frame").strokeWidth).toBeGreaterThan(frame("h:b:2:frame").strokeWidth!);
    expect(frame("h:b:1:frame").opacity).toBe(FUTURE_OPACITY);
    expect(frame("h:f:1:frame").opacity).toBe(1);
  });

  it("heatmapScene(trace, cursor) fills the rows the decoder has reached and leaves the rest blank", () => {
    const trace = expectedTrace();
    const first = firstDecoderIndex(trace);
    const scene = heatmapScene(trace, first + 1);
    const text = (k: string) => scene.texts.find((t) => t.key === k)!.text;
    expect(text("av:0:0")).not.toBe("");
    expect(text("av:1:0")).not.toBe("");
    expect(text("av:2:0")).toBe("");
    expect(scene.rects.filter((r) => r.key === "cursor")).toHaveLength(1);
  });

  it("linesScene(trace, cursor) draws T lines per reached target word, widest for the largest α", () => {
    const trace = expectedTrace();
    const first = firstDecoderIndex(trace);
    const scene = linesScene(trace, first);
    expect(scene.lines).toHaveLength(trace.source.length);
    const step = trace.steps[first]!;
    if (step.kind !== "decoder") throw new Error("unreachable");
    const widest = scene.lines.reduce((a, b) => (b.width > a.width ? b : a));
    const alpha = Array.from(step.attention!.alpha);
    expect(widest.key).toBe(`l:0:${alpha.indexOf(Math.max(...alpha))}`);
  });

  it("outputScene(trace, cursor) marks the chosen token and is empty before the decoder runs", () => {
    const trace = expectedTrace();
    const first = firstDecoderIndex(trace);
    expect(outputScene(trace, 0, []).rects).toHaveLength(0);
    const vocab = Array.from({ length: 60 }, (_v, i) => `w${i}`);
    const scene = outputScene(trace, first, vocab);
    const step = trace.steps[first]!;
    if (step.kind !== "decoder") throw new Error("unreachable");
    expect(scene.texts.find((t) => t.key === `val:${step.y}`)!.text).toMatch(/◀ chosen$/u);
  });

  it("decoderScene(trace, cursor) shows s_0 and hides what the decoder has not written yet", () => {
    const trace = expectedTrace({ variant: "initial" });
    const ctx = trace.steps.findIndex((s) => s.kind === "context");
    const scene = decoderScene(trace, ctx);
    expect(scene.texts.find((t) => t.key === "s:0:v0")!.text).not.toBe("");
    expect(scene.texts.find((t) => t.key === "yout:1")!.text).toBe("");
    expect(scene.texts.find((t) => t.key === "yin:2")!.text).toBe("");
    expect(scene.rects.some((r) => r.key === "c:fixed:frame")).toBe(true);
  });
});
