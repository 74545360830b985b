import { describe, expect, it } from "vitest";
import { tocParts } from "../../../src/ui/app/tocParts.ts";
import { en } from "../../../src/ui/i18n/en.ts";
import { zh } from "../../../src/ui/i18n/zh.ts";

const lesson = (slug: string) => ({ meta: { slug } });

describe("tocParts(lessons, titles)", () => {
  it("cuts the book where a part's first lesson starts, numbering the lessons through the whole book", () => {
    const parts = tocParts(["a", "b", "c", "d", "e"].map(lesson), { a: "One", c: "Two", e: "Three" });
    expect(parts.map((p) => p.title)).toEqual(["One", "Two", "Three"]);
    expect(parts.map((p) => p.lessons.map((l) => `${l.number}${l.lesson.meta.slug}`))).toEqual([["1a", "2b"], ["3c", "4d"], ["5e"]]);
  });

  it("puts the lessons before the first named part into a part without a title, and no lessons into no parts", () => {
    const parts = tocParts(["x", "a", "b"].map(lesson), { a: "One" });
    expect(parts.map((p) => [p.title, p.lessons.length])).toEqual([[undefined, 1], ["One", 2]]);
    expect(tocParts([], { a: "One" })).toEqual([]);
  });

  it("both dictionaries name the same four parts: the recurrent models, the Transformer, decoding and learning", () => {
    expect(Object.keys(en.app.parts)).toEqual(["encoder-decoder", "qkv", "decoding", "loss"]);
    expect(Object.keys(zh.app.parts)).toEqual(Object.keys(en.app.parts));
  });
});
