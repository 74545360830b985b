import { describe, expect, it } from "vitest";
import { decodeView, DEFAULT_VIEW, encodeView, TRAIN } from "../../../src/ui/urlState.ts";

describe("the training route", () => {
  it("decodeView(#/train) opens the training page, in English and in Chinese", () => {
    expect(decodeView("#/train", { lessons: ["encoder-decoder"] }).lesson).toBe(TRAIN);
    expect(decodeView("#/zh/train", { lessons: ["encoder-decoder"] })).toMatchObject({ lesson: TRAIN, lang: "zh" });
  });

  it("encodeView of the training page writes #/train", () => {
    expect(encodeView({ ...DEFAULT_VIEW, lesson: TRAIN })).toBe("#/train");
  });
});
