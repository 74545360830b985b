// Beam search's K and α as text: what the URL, a lesson's props and the fields accept, and the URL
// fields round trip (only values that differ from the default are written).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { alphaProblem, beamOfParams, beamParams, DEFAULT_BEAM, readAlpha, readWidth, widthProblem } from "../../src/model/beamChoice.ts";
import { decodeView, DEFAULT_VIEW, encodeView } from "../../src/ui/urlState.ts";
import { en } from "../../src/ui/i18n/en.ts";
import { zh } from "../../src/ui/i18n/zh.ts";
import { parseAlpha, parseWidth } from "../../src/ui/player/beam/BeamControls.tsx";

describe("beamChoice", () => {
  it("widthProblem refuses K that is not whole, below 1, or above the vocabulary", () => {
    expect(widthProblem(3, 45)).toBeNull();
    expect(widthProblem(45, 45)).toBeNull();
    expect(widthProblem(2.5, 45)).toBe("notWhole");
    expect(widthProblem(0, 45)).toBe("belowOne");
    expect(widthProblem(-2, 45)).toBe("belowOne");
    expect(widthProblem(46, 45)).toBe("aboveVocab");
  });

  it("alphaProblem refuses α below 0, above 10, and what is not a number", () => {
    expect(alphaProblem(0)).toBeNull();
    expect(alphaProblem(0.6)).toBeNull();
    expect(alphaProblem(-0.1)).toBe("negative");
    expect(alphaProblem(11)).toBe("tooLarge");
    expect(alphaProblem(Number.NaN)).toBe("notNumber");
  });

  it("readWidth and readAlpha read text from a prop or a URL and give undefined for text they cannot use", () => {
    expect(readWidth("4")).toBe(4);
    expect(readWidth(2)).toBe(2);
    expect(readWidth("0")).toBeUndefined();
    expect(readWidth("2.5")).toBeUndefined();
    expect(readWidth("x")).toBeUndefined();
    expect(readAlpha("1")).toBe(1);
    expect(readAlpha(".5")).toBe(0.5);
    expect(readAlpha("-1")).toBeUndefined();
  });

  it("beamParams writes nothing for the default and beamOfParams reads back what it writes", () => {
    expect(beamParams(DEFAULT_BEAM)).toEqual([]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 0, max: 1000 }), (width, a) => {
        const beam = { width, alpha: a / 100 };
        expect(beamOfParams(new URLSearchParams(beamParams(beam)))).toEqual(beam);
      }),
    );
  });

  it("encodeView and decodeView carry K and α in the URL beside the step, and a bad K falls back to the default", () => {
    const view = { ...DEFAULT_VIEW, lesson: "decoding", beam: { width: 2, alpha: 1 }, step: 5 };
    const hash = encodeView(view);
    expect(hash).toBe("#/lesson/decoding?K=2&alpha=1&step=5");
    expect(decodeView(hash, { lessons: ["decoding"] })).toEqual(view);
    expect(decodeView("#/lesson/decoding?K=0&alpha=-1", { lessons: ["decoding"] }).beam).toBeUndefined();
  });
});

describe("the beam fields' reasons", () => {
  it("parseWidth refuses K < 1, K above the vocabulary and a fraction with a reason in the reader's language", () => {
    expect(parseWidth("3", 45, en)).toEqual({ ok: true, value: 3 });
    expect(parseWidth("0", 45, en)).toEqual({ ok: false, reason: en.beam.widthBelowOne("0") });
    expect(parseWidth("46", 45, en)).toEqual({ ok: false, reason: en.beam.widthAboveVocab("46", 45) });
    expect(parseWidth("1.5", 45, zh)).toEqual({ ok: false, reason: zh.beam.widthNotWhole("1.5") });
    expect(parseWidth("abc", 45, zh)).toEqual({ ok: false, reason: zh.beam.widthNotWhole("abc") });
  });

  it("parseAlpha refuses α < 0 and text that is not a number, in English and Chinese", () => {
    expect(parseAlpha("0.6", en)).toEqual({ ok: true, value: 0.6 });
    expect(parseAlpha("-1", en)).toEqual({ ok: false, reason: en.beam.alphaNegative("-1") });
    expect(parseAlpha("-1", zh)).toEqual({ ok: false, reason: zh.beam.alphaNegative("-1") });
    expect(parseAlpha("x", zh)).toEqual({ ok: false, reason: zh.beam.alphaNotNumber("x") });
  });
});
