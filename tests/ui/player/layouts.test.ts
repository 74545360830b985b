import { describe, expect, it } from "vitest";
import { decoderScene } from "../../../src/ui/player/layouts/decoder.ts";
import { encoderScene } from "../../../src/ui/player/layouts/encoder.ts";
import { heatmapScene } from "../../../src/ui/kit/heatmap.ts";
import { linesScene } from "../../../src/ui/player/layouts/lines.ts";
import { outputScene } from "../../../src/ui/player/layouts/output.ts";
import { FUTURE_OPACITY, type Scene } from "../../../src/ui/kit/scene.ts";
import { forward } from "../../../src/core/forward.ts";
import { createModel } from "../../../src/core/init.ts";
import { createRng } from "../../../src/core/rng.ts";
import type { CellKind } from "../../../src/core/model.ts";
import { PAIR_VOCABS } from "../../../src/model/defaults.ts";
import { zh } from "../../../src/ui/i18n/zh.ts";
import { PRESENTED_ROWS } from "../../../src/ui/player/PlayerPictures.tsx";
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

  it("outputScene(trace, cursor, vocab, words, tokens) marks the chosen token, draws only the bars asked for, and is empty before the decoder runs", () => {
    const trace = expectedTrace();
    const first = firstDecoderIndex(trace);
    expect(outputScene(trace, 0, []).rects).toHaveLength(0);
    const vocab = Array.from({ length: 60 }, (_v, i) => `w${i}`);
    const scene = outputScene(trace, first, vocab);
    const step = trace.steps[first]!;
    if (step.kind !== "decoder") throw new Error("unreachable");
    expect(scene.texts.find((t) => t.key === `val:${step.y}`)!.text).toMatch(/◀ chosen$/u);
    // A presentation draws fewer bars, the chosen token's among them.
    const presented = outputScene(trace, first, vocab, undefined, 3);
    const bars = presented.rects.filter((r) => r.key.startsWith("bar:"));
    expect(bars.length).toBeGreaterThanOrEqual(3);
    expect(bars.length).toBeLessThanOrEqual(4);
    expect(bars.some((r) => r.key === `bar:${step.y}`)).toBe(true);
    expect(presented.height).toBeLessThan(scene.height);
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

  describe("folding long vectors for a presentation", () => {
    /** A model as wide as the trained presets: 8-entry embeddings, 32-entry states. */
    function wideTrace(cell: CellKind, bidirectional: boolean, variant: "initial" | "attention") {
      const vocabs = PAIR_VOCABS["en-fr"];
      const encoder = { cell, hidden: 32, bidirectional, context: "last" as const };
      const decoder = { cell, hidden: bidirectional ? 64 : 32, variant, init: "context" as const, ...(variant === "attention" ? { attention: { score: "dot" as const, query: "previous" as const } } : {}) };
      const model = createModel({ name: "wide", sourceVocab: vocabs.source, targetVocab: vocabs.target, d_x: 8, d_y: 8, encoder, decoder }, createRng(7));
      return forward(model, "I love you");
    }
    const cellsOf = (scene: Scene, vector: string) => scene.rects.filter((r) => r.key.startsWith(`${vector}:`) && !r.key.endsWith(":frame")).length;
    const text = (scene: Scene, key: string) => scene.texts.find((t) => t.key === key)?.text;

    it("encoderScene(trace, cursor, words, { rows }) shows an LSTM's 32-entry h_t and C_t as 15 entries and a cell for the other 17, keeping the 8 inputs whole", () => {
      const trace = wideTrace("lstm", false, "initial");
      const whole = encoderScene(trace, 0);
      expect(cellsOf(whole, "h:f:1")).toBe(32);
      const scene = encoderScene(trace, 0, undefined, { rows: PRESENTED_ROWS });
      expect(cellsOf(scene, "x:0")).toBe(8);
      expect(text(scene, "x:0:vmore")).toBeUndefined();
      expect(cellsOf(scene, "h:f:1")).toBe(16);
      expect(cellsOf(scene, "C:f:1")).toBe(16);
      expect(text(scene, "h:f:1:v14")).not.toBe("");
      expect(text(scene, "h:f:1:v15")).toBeUndefined();
      expect(text(scene, "h:f:1:vmore")).toBe("+17 more");
      // The left-out entries are in the last cell's tooltip, every digit.
      const step = trace.steps[0]!;
      if (step.kind !== "encoder") throw new Error("unreachable");
      const title = scene.rects.find((r) => r.key === "h:f:1:more")!.title!;
      expect(title.startsWith("h₁[16…32] = ")).toBe(true);
      expect(title.split(", ")).toHaveLength(17);
      expect(scene.height).toBe(whole.height - 16 * 18);
      expect(scene.height * (20 / 14)).toBeLessThanOrEqual(850);
    });

    it("encoderScene(bidirectional, { rows }) shares the rows between the two passes and writes the fold in the reader's language", () => {
      const trace = wideTrace("rnn", true, "attention");
      const scene = encoderScene(trace, 0, zh.pictures, { rows: PRESENTED_ROWS });
      expect(cellsOf(scene, "h:f:1")).toBe(8);
      expect(cellsOf(scene, "h:b:1")).toBe(8);
      expect(text(scene, "h:b:1:vmore")).toBe("另 25 项");
      // The tallest presented picture: 1.43 times its size (20 px numbers) still fits 850 px.
      expect(scene.height * (20 / 14)).toBeLessThanOrEqual(850);
    });

    it("decoderScene(trace, cursor, { beside, rows }) folds s_t′ and c_t′ side by side, each to the row budget, and a short vector stays whole", () => {
      const trace = wideTrace("rnn", false, "attention");
      const first = firstDecoderIndex(trace);
      const scene = decoderScene(trace, first, { beside: true, rows: PRESENTED_ROWS });
      expect(cellsOf(scene, "s:1")).toBe(PRESENTED_ROWS);
      expect(cellsOf(scene, "c:1")).toBe(PRESENTED_ROWS);
      expect(text(scene, "s:1:vmore")).toBe("+9 more");
      expect(scene.height * (20 / 14)).toBeLessThanOrEqual(850);
      const small = expectedTrace();
      const unfolded = decoderScene(small, firstDecoderIndex(small), { beside: true, rows: PRESENTED_ROWS });
      expect(unfolded.texts.some((t) => t.key.endsWith(":vmore"))).toBe(false);
    });
  });
});
