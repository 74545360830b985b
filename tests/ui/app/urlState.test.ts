import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CELL_KINDS, DECODER_VARIANTS, SCORE_KINDS } from "../../../src/core/model.ts";
import { DEFAULT_VIEW, MAX_SENTENCE_LENGTH, PLAYGROUND, SHEET, decodeView, defaultPair, encodeView, newcomerView, type UrlView } from "../../../src/ui/urlState.ts";

const lessons = ["encoder-decoder", "lstm", "attention"];
const decode = (hash: string) => decodeView(hash, { lessons });

describe("encodeView", () => {
  it("encodeView(defaults) is the bare lesson path", () => {
    expect(encodeView(DEFAULT_VIEW)).toBe("#/lesson/encoder-decoder");
  });

  it("encodeView writes only the values that differ from the defaults, spaces as %20", () => {
    const view: UrlView = { ...DEFAULT_VIEW, lesson: "lstm", choice: { ...DEFAULT_VIEW.choice, cell: "gru-reset-after" }, sentence: "you love me", step: 5 };
    expect(encodeView(view)).toBe("#/lesson/lstm?cell=gru-reset-after&s=you%20love%20me&step=5");
  });

  it("encodeView gives the playground its own path", () => {
    expect(encodeView({ ...DEFAULT_VIEW, lesson: PLAYGROUND, step: 2 })).toBe("#/playground?step=2");
  });
});

describe("decodeView", () => {
  it("decodeView reads every choice of a full lesson URL", () => {
    const view = decode("#/lesson/lstm?cell=gru-reset-after&variant=attention&score=general&query=previous&bi=0&s=I%20love%20you&step=5");
    expect(view).toEqual({
      lesson: "lstm",
      choice: { cell: "gru-reset-after", variant: "attention", score: "general", query: "previous", bidirectional: false },
      sentence: "I love you",
      step: 5,
    });
  });

  it("decodeView reads the playground and a bidirectional encoder", () => {
    const view = decode("#/playground?bi=1&query=current");
    expect(view.lesson).toBe(PLAYGROUND);
    expect(view.choice.bidirectional).toBe(true);
    expect(view.choice.query).toBe("current");
  });

  it("decodeView opens the default lesson for an empty, root or unknown route", () => {
    for (const hash of ["", "#", "#/", "#/lessons/lstm", "#/lesson/", "#main"]) {
      expect(decode(hash).lesson, hash).toBe("encoder-decoder");
    }
  });

  it("decodeView keeps an unknown lesson slug, so the page can say there is no such lesson", () => {
    expect(decode("#/lesson/no-such-lesson").lesson).toBe("no-such-lesson");
    expect(decodeView("#/lesson/nope", { lessons: ["intro", "lstm"] }).lesson).toBe("nope");
    expect(encodeView({ ...DEFAULT_VIEW, lesson: "nope" })).toBe("#/lesson/nope");
  });

  it("decodeView opens the first known lesson for a slug that cannot be one (too long, control characters, a lone surrogate)", () => {
    for (const slug of ["x".repeat(81), "a%00b", "a%20b", "%ED%A0%80"]) expect(decodeView(`#/lesson/${slug}`, { lessons: ["intro", "lstm"] }).lesson, slug).toBe("intro");
    expect(decodeView("#/lesson/a\uD800b", { lessons: ["intro"] }).lesson).toBe("intro");
  });

  it("decodeView replaces each unknown or malformed value by its default", () => {
    const view = decode("#/lesson/lstm?cell=transformer&variant=&score=DOT&query=next&bi=maybe&step=-3");
    expect(view).toEqual({ ...DEFAULT_VIEW, lesson: "lstm" });
  });

  it("decodeView reads a step id of the trace as it is and an index of an older link as a number", () => {
    for (const step of ["enc.f.1", "enc.b.12", "enc.merge", "ctx", "dec.2", "dec.1000"]) expect(decode(`#/playground?step=${step}`).step, step).toBe(step);
    expect(decode("#/playground?step=7").step).toBe(7);
    expect(encodeView({ ...decode("#/playground"), step: "dec.3" })).toBe("#/playground?step=dec.3");
  });

  it("decodeView rejects steps that are neither a step id nor a plain non-negative integer", () => {
    for (const step of ["abc", "1.5", "1e3", "-1", "9999999", " 4", "0x10", "dec.0", "dec", "enc.x.1", "enc.f.01", "ctx.1", "dec.2.alpha"]) {
      expect(decode(`#/lesson/lstm?step=${encodeURIComponent(step)}`).step, step).toBe(0);
    }
    expect(decode("#/lesson/lstm?step=12").step).toBe(12);
  });

  it("decodeView survives malformed percent escapes in the path and the query", () => {
    expect(() => decode("#/lesson/%E0%A4%A?s=%E0%A4%A")).not.toThrow();
    expect(decode("#/lesson/%E0%A4%A").lesson).toBe("encoder-decoder");
  });

  it("encodeView writes at most MAX_SENTENCE_LENGTH characters of a sentence, never splitting a character, and no lone surrogate", () => {
    const long = "😀".repeat(MAX_SENTENCE_LENGTH + 10);
    const hash = encodeView({ ...DEFAULT_VIEW, sentence: long });
    expect(Array.from(decode(hash).sentence)).toHaveLength(MAX_SENTENCE_LENGTH);
    expect(decode(hash).sentence).toBe("😀".repeat(MAX_SENTENCE_LENGTH));
    expect(() => encodeView({ ...DEFAULT_VIEW, sentence: "a\uD800b" })).not.toThrow();
    expect(decode(encodeView({ ...DEFAULT_VIEW, sentence: "a\uD800b" })).sentence).toBe("a\uFFFDb");
    expect(encodeView({ ...DEFAULT_VIEW, sentence: "w".repeat(10_000) }).length).toBeLessThan(MAX_SENTENCE_LENGTH + 40);
  });

  it("decodeView cuts an overlong sentence and keeps an empty one", () => {
    expect(decode(`#/lesson/lstm?s=${"a".repeat(1000)}`).sentence).toHaveLength(MAX_SENTENCE_LENGTH);
    expect(decode("#/lesson/lstm?s=").sentence).toBe("");
  });

  it("decodeView reads + as a space, as a typed URL may have it", () => {
    expect(decode("#/lesson/lstm?s=I+love+you").sentence).toBe("I love you");
  });
});

describe("round trip", () => {
  const view = fc.record({
    lesson: fc.constantFrom(...lessons, PLAYGROUND),
    choice: fc.record({
      cell: fc.constantFrom(...CELL_KINDS),
      variant: fc.constantFrom(...DECODER_VARIANTS),
      score: fc.constantFrom(...SCORE_KINDS),
      query: fc.constantFrom("previous" as const, "current" as const),
      bidirectional: fc.boolean(),
    }),
    sentence: fc.string({ maxLength: 60, unit: "grapheme" }),
    step: fc.nat({ max: 100_000 }),
  });

  it("decodeView(encodeView(view)) gives back any valid view, whatever the sentence holds", () => {
    fc.assert(
      fc.property(view, (v) => {
        expect(decode(encodeView(v))).toEqual(v);
      }),
    );
  });

  it("encodeView(decodeView(hash)) is stable: a canonical hash decodes and encodes to itself", () => {
    fc.assert(
      fc.property(view, (v) => {
        const hash = encodeView(v);
        expect(encodeView(decode(hash))).toBe(hash);
      }),
    );
  });
});

describe("language, pair and presentation in the URL", () => {
  it("encodeView writes the Chinese edition under /zh and leaves English without a prefix", () => {
    expect(encodeView({ ...DEFAULT_VIEW, lesson: "lstm", lang: "zh", sentence: "I love China" })).toBe("#/zh/lesson/lstm");
    expect(encodeView({ ...DEFAULT_VIEW, lesson: PLAYGROUND, lang: "zh", sentence: "I love China", step: 3 })).toBe("#/zh/playground?step=3");
    expect(encodeView({ ...DEFAULT_VIEW, lesson: "lstm", lang: "en" })).toBe("#/lesson/lstm");
  });

  it("decodeView reads /zh and /en, and a path with no prefix is English", () => {
    expect(decode("#/zh/lesson/lstm?step=2")).toMatchObject({ lesson: "lstm", lang: "zh", step: 2 });
    expect(decode("#/en/lesson/attention").lang).toBeUndefined();
    expect(decode("#/lesson/attention").lang).toBeUndefined();
    expect(decode("#/zh").lesson).toBe("encoder-decoder");
  });

  it("decodeView gives a hash that names no page the reader's own language", () => {
    expect(decodeView("", { lessons, lang: "zh" }).lang).toBe("zh");
    expect(decodeView("#/", { lessons, lang: "zh" }).lang).toBe("zh");
    expect(decodeView("#/lesson/lstm", { lessons, lang: "zh" }).lang).toBeUndefined();
  });

  it("each edition has its own pair and running example, and only another pair or sentence is written", () => {
    expect(defaultPair("en")).toBe("en-fr");
    expect(defaultPair("zh")).toBe("en-zh");
    expect(decode("#/zh/playground")).toMatchObject({ sentence: "I love China" });
    expect(decode("#/zh/playground").pair).toBeUndefined();
    expect(decode("#/playground?pair=en-zh")).toMatchObject({ pair: "en-zh", sentence: "I love China" });
    expect(encodeView({ ...DEFAULT_VIEW, lesson: PLAYGROUND, pair: "en-zh", sentence: "I love China" })).toBe("#/playground?pair=en-zh");
    expect(encodeView({ ...DEFAULT_VIEW, lesson: PLAYGROUND, lang: "zh", pair: "en-fr" })).toBe("#/zh/playground?pair=en-fr");
    expect(decode("#/playground?pair=en-de").pair).toBeUndefined();
  });

  it("present=N names the figure that fills the screen, with the step and the choices kept", () => {
    const hash = "#/lesson/attention?cell=gru-reset-after&step=7&present=2";
    expect(decode(hash)).toMatchObject({ lesson: "attention", step: 7, present: 2, choice: { cell: "gru-reset-after" } });
    expect(encodeView(decode(hash))).toBe(hash);
    for (const bad of ["0", "-1", "x", "100", "1.5"]) expect(decode(`#/lesson/lstm?present=${bad}`).present, bad).toBeUndefined();
  });

  it("decodeView(encodeView(view)) gives back any language, pair and presenting figure", () => {
    // A view names a language or a pair only when it is not the default (English; the edition's own pair).
    const edition = fc.constantFrom<Pick<UrlView, "lang" | "pair">>({}, { lang: "zh" }, { pair: "en-zh" }, { lang: "zh", pair: "en-fr" });
    const view = fc.record({
      lesson: fc.constantFrom(...lessons, PLAYGROUND),
      sentence: fc.string({ maxLength: 30, unit: "grapheme" }),
      step: fc.nat({ max: 100_000 }),
      present: fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }),
      edition,
    });
    fc.assert(
      fc.property(view, ({ edition: e, present, ...rest }) => {
        const v: UrlView = { ...rest, choice: DEFAULT_VIEW.choice, ...e, ...(present ? { present } : {}) };
        expect(decode(encodeView(v))).toEqual(v);
      }),
    );
  });
});

describe("the decoding strategy in the URL", () => {
  it("encodeView writes sampling as dec=sample&T=…&seed=… and greedy as nothing", () => {
    expect(encodeView({ ...DEFAULT_VIEW, lesson: PLAYGROUND, decoding: { kind: "sample", temperature: 0.8, seed: 3 } })).toBe("#/playground?dec=sample&T=0.8&seed=3");
    expect(encodeView({ ...DEFAULT_VIEW, lesson: PLAYGROUND })).toBe("#/playground");
  });

  it("decodeView reads sampling, and a link from before sampling existed reads as greedy", () => {
    expect(decode("#/playground?dec=sample&T=0.8&seed=3&step=5")).toMatchObject({ decoding: { kind: "sample", temperature: 0.8, seed: 3 }, step: 5 });
    expect(decode("#/playground?cell=gru-reset-after&step=5").decoding).toBeUndefined();
    expect(decode("#/playground?dec=greedy&T=2").decoding).toBeUndefined();
  });

  it("decodeView replaces a bad temperature or seed by sampling's defaults and refuses an unknown kind", () => {
    for (const T of ["0", "-1", "NaN", "abc", "1e9", "Infinity", ""]) expect(decode(`#/playground?dec=sample&T=${T}&seed=2`).decoding, T).toEqual({ kind: "sample", temperature: 1, seed: 2 });
    expect(decode("#/playground?dec=sample&T=2&seed=1.5").decoding).toEqual({ kind: "sample", temperature: 2, seed: 1 });
    expect(decode("#/playground?dec=beam").decoding).toBeUndefined();
  });

  it("decodeView(encodeView(view)) gives back any sampling strategy the interface accepts", () => {
    const strategy = fc.record({ kind: fc.constant("sample" as const), temperature: fc.double({ min: 0.01, max: 100, noNaN: true }), seed: fc.integer({ min: -1e9, max: 1e9 }) });
    fc.assert(
      fc.property(strategy, fc.nat({ max: 1000 }), (decoding, step) => {
        const v: UrlView = { ...DEFAULT_VIEW, lesson: PLAYGROUND, step, decoding };
        expect(decode(encodeView(v))).toEqual(v);
      }),
    );
  });
});

describe("the exercises' seed and the exercise sheet in the URL", () => {
  it("decodeView reads seed=N as the exercises' seed on a lesson, and encodeView writes it back", () => {
    expect(decode("#/lesson/lstm?seed=42")).toEqual({ ...DEFAULT_VIEW, lesson: "lstm", exerciseSeed: 42 });
    expect(encodeView({ ...DEFAULT_VIEW, lesson: "lstm", exerciseSeed: 42 })).toBe("#/lesson/lstm?seed=42");
    expect(encodeView({ ...DEFAULT_VIEW, lesson: "lstm", lang: "zh", sentence: "I love China", exerciseSeed: 0 })).toBe("#/zh/lesson/lstm?seed=0");
  });

  it("decodeView leaves out a seed that is not a whole number from 0 to 999 999", () => {
    for (const bad of ["", "abc", "-1", "1.5", "1e3", "1000000", "0x10", "42abc"]) expect(decode(`#/lesson/lstm?seed=${encodeURIComponent(bad)}`).exerciseSeed, bad).toBeUndefined();
    expect(decode("#/lesson/lstm?seed=999999").exerciseSeed).toBe(999_999);
    expect(decode("#/lesson/lstm?seed=007").exerciseSeed).toBe(7);
  });

  it("seed beside dec=sample is the decoding's: no exercise seed is read, and none is written while sampling", () => {
    const view = decode("#/playground?dec=sample&T=1&seed=3");
    expect(view.exerciseSeed).toBeUndefined();
    expect(view.decoding).toEqual({ kind: "sample", temperature: 1, seed: 3 });
    const sampling: UrlView = { ...DEFAULT_VIEW, lesson: PLAYGROUND, decoding: { kind: "sample", temperature: 1, seed: 3 }, exerciseSeed: 42 };
    expect(encodeView(sampling)).toBe("#/playground?dec=sample&T=1&seed=3");
  });

  it("decodeView reads #/exercises and #/zh/exercises as the sheet, with its seed and lessons in the site's order", () => {
    expect(decode("#/exercises")).toEqual({ ...DEFAULT_VIEW, lesson: SHEET });
    expect(decode("#/zh/exercises?seed=7")).toMatchObject({ lesson: SHEET, lang: "zh", exerciseSeed: 7 });
    expect(decode("#/exercises?lessons=attention,lstm").sheetLessons).toEqual(["lstm", "attention"]);
    expect(decodeView("#/exercises", { lessons, lang: "zh" }).lang).toBeUndefined();
  });

  it("decodeView drops unknown lessons from the sheet's list, and an empty or complete list means all", () => {
    expect(decode("#/exercises?lessons=lstm,nope,lstm").sheetLessons).toEqual(["lstm"]);
    for (const all of ["", "nope", ",,", "encoder-decoder,lstm,attention"]) expect(decode(`#/exercises?lessons=${all}`).sheetLessons, all).toBeUndefined();
    // The list belongs to the sheet: a lesson's address does not carry it.
    expect(decode("#/lesson/lstm?lessons=lstm").sheetLessons).toBeUndefined();
    expect(encodeView({ ...DEFAULT_VIEW, lesson: "lstm", sheetLessons: ["lstm"] })).toBe("#/lesson/lstm");
  });

  it("encodeView writes the sheet as #/exercises?seed=N&lessons=a,b with the commas readable", () => {
    expect(encodeView({ ...DEFAULT_VIEW, lesson: SHEET, exerciseSeed: 42, sheetLessons: ["lstm", "attention"] })).toBe("#/exercises?seed=42&lessons=lstm,attention");
    expect(encodeView({ ...DEFAULT_VIEW, lesson: SHEET, lang: "zh", sentence: "I love China" })).toBe("#/zh/exercises");
  });

  it("a lesson named like the sheet's route is not a lesson", () => {
    expect(decode("#/lesson/exercises").lesson).toBe("encoder-decoder");
  });

  it("decodeView(encodeView(view)) gives back any exercise seed and any sheet", () => {
    const view = fc.record({
      lesson: fc.constantFrom(...lessons, PLAYGROUND, SHEET),
      seed: fc.option(fc.integer({ min: 0, max: 999_999 }), { nil: undefined }),
      chosen: fc.subarray(lessons, { minLength: 1, maxLength: lessons.length - 1 }),
      step: fc.nat({ max: 1000 }),
    });
    fc.assert(
      fc.property(view, ({ lesson, seed, chosen, step }) => {
        const v: UrlView = { ...DEFAULT_VIEW, lesson, step, ...(seed !== undefined ? { exerciseSeed: seed } : {}), ...(lesson === SHEET ? { sheetLessons: chosen } : {}) };
        expect(decode(encodeView(v))).toEqual(v);
        expect(encodeView(decode(encodeView(v)))).toBe(encodeView(v));
      }),
    );
  });
});

describe("the training-step player's step (tstep) in the URL", () => {
  it("decodeView reads a node id, encodeView writes it back after the page's step, and the two agree", () => {
    const view = decode("#/lesson/lstm?step=2&tstep=back.dec.2.cell");
    expect(view.tstep).toBe("back.dec.2.cell");
    expect(view.step).toBe(2);
    expect(encodeView(view)).toBe("#/lesson/lstm?step=2&tstep=back.dec.2.cell");
    for (const id of ["forward", "loss", "update", "back.ctx", "back.dec.12.out", "back.dec.1.att", "back.enc.f.3", "back.enc.b.1"]) expect(decode(`#/lesson/lstm?tstep=${id}`).tstep, id).toBe(id);
  });

  it("decodeView ignores a tstep that is no step's id, and an address without one (every older link) has none", () => {
    for (const bad of ["back.dec.0.cell", "back.dec.2", "dec.2", "back.enc.x.1", "update2", "", "back.dec.2.cell%20"]) expect(decode(`#/lesson/lstm?tstep=${bad}`).tstep, bad).toBeUndefined();
    const old = decode("#/lesson/lstm?cell=rnn&step=4");
    expect(old.tstep).toBeUndefined();
    expect(old.step).toBe(4);
    expect(encodeView(old)).toBe("#/lesson/lstm?cell=rnn&step=4");
  });
});

describe("newcomerView: a class's link to a lesson with its exercise seed", () => {
  it("writes only the route, the language and the seed, and reads back to the same seed", () => {
    expect(encodeView(newcomerView("lstm", "en", 42))).toBe("#/lesson/lstm?seed=42");
    expect(encodeView(newcomerView("lstm", "zh", 7))).toBe("#/zh/lesson/lstm?seed=7");
    expect(encodeView(newcomerView("gru", "en", null))).toBe("#/lesson/gru");
    const back = decodeView("#/zh/lesson/lstm?seed=7", { lessons: ["lstm"] });
    expect(back.exerciseSeed).toBe(7);
    expect(back.lang).toBe("zh");
  });

  it("carries the sheet's lessons for the sheet's own link", () => {
    expect(encodeView(newcomerView(SHEET, "en", 3, DEFAULT_VIEW, ["lstm", "gru"]))).toBe("#/exercises?seed=3&lessons=lstm,gru");
  });
});
