// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { startUrlSync } from "../../../src/ui/app/urlSync.ts";
import { createPageStore } from "../../../src/ui/store.ts";
import { pageView } from "../pageState.ts";

const lessons = ["encoder-decoder", "lstm", "attention"];
let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.restoreAllMocks();
});

function start(hash: string) {
  window.history.replaceState(null, "", `/${hash}`);
  const store = createPageStore();
  stop = startUrlSync(store, lessons);
  return store;
}

describe("startUrlSync", () => {
  it("startUrlSync puts the address's view into the store and writes the address in canonical form", () => {
    const store = start("#/lesson/lstm?step=0&cell=gru-reset-after&s=I+love+you");
    expect(pageView(store)).toMatchObject({ lesson: "lstm", step: 0, sentence: "I love you", choice: { cell: "gru-reset-after" } });
    expect(window.location.hash).toBe("#/lesson/lstm?cell=gru-reset-after");
  });

  it("a step change replaces the history entry; a lesson change pushes a new one", () => {
    const store = start("#/lesson/lstm");
    const push = vi.spyOn(window.history, "pushState");
    const replace = vi.spyOn(window.history, "replaceState");
    store.getState().player.getState().setStep(5);
    expect(window.location.hash).toBe("#/lesson/lstm?step=5");
    expect(replace).toHaveBeenCalledOnce();
    expect(push).not.toHaveBeenCalled();
    store.getState().setLesson("attention");
    expect(window.location.hash).toBe("#/lesson/attention?step=5");
    expect(push).toHaveBeenCalledOnce();
  });

  it("a choice change is written to the address; the store's reset of the step shows too", () => {
    const store = start("#/lesson/lstm?step=3");
    store.getState().player.getState().setChoice({ score: "additive" });
    expect(window.location.hash).toBe("#/lesson/lstm?score=additive");
  });

  it("while the player plays the address waits, and it is written once playing stops", () => {
    const store = start("#/lesson/lstm");
    store.getState().player.getState().setPlaying(true);
    store.getState().player.getState().setStep(1);
    store.getState().player.getState().setStep(2);
    expect(window.location.hash).toBe("#/lesson/lstm");
    store.getState().player.getState().setPlaying(false);
    expect(window.location.hash).toBe("#/lesson/lstm?step=2");
  });

  it("following a link (a hashchange) updates the store without adding another history entry", () => {
    const store = start("#/lesson/lstm");
    const push = vi.spyOn(window.history, "pushState");
    window.location.hash = "#/playground?bi=1";
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    expect(pageView(store)).toMatchObject({ lesson: "playground", choice: { bidirectional: true } });
    expect(push).not.toHaveBeenCalled();
  });

  it("a link to an element id on the page keeps the route instead of being read as one", () => {
    const store = start("#/lesson/attention?step=2");
    window.location.hash = "#footnote-1";
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    expect(store.getState().lesson).toBe("attention");
    expect(window.location.hash).toBe("#/lesson/attention?step=2");
  });

  it("the function startUrlSync returns stops the sync in both directions", () => {
    const store = start("#/lesson/lstm");
    stop?.();
    stop = undefined;
    store.getState().player.getState().setStep(9);
    expect(window.location.hash).toBe("#/lesson/lstm");
    window.location.hash = "#/lesson/attention";
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    expect(store.getState().lesson).toBe("lstm");
  });

  it("a Chinese link with present=1 sets the language, the edition's pair and the presenting figure", () => {
    const store = start("#/zh/lesson/attention?step=4&present=1");
    expect(pageView(store)).toMatchObject({ lang: "zh", pair: "en-zh", sentence: "I love China", step: 4, present: 1 });
    expect(window.location.hash).toBe("#/zh/lesson/attention?step=4&present=1");
  });

  it("leaving a presentation and choosing another pair are written to the address", () => {
    const store = start("#/playground?present=1&step=2");
    store.getState().setPresent(0);
    expect(window.location.hash).toBe("#/playground?step=2");
    store.getState().player.getState().setPair("en-zh");
    expect(window.location.hash).toBe("#/playground?pair=en-zh");
    expect(pageView(store).sentence).toBe("I love China");
  });

  it("choosing sampling writes dec, T and seed to the address, and greedy takes them out again", () => {
    const store = start("#/playground?step=4");
    store.getState().player.getState().setDecoding({ kind: "sample", temperature: 0.8, seed: 3 });
    expect(window.location.hash).toBe("#/playground?dec=sample&T=0.8&seed=3&step=4");
    store.getState().player.getState().setDecoding({ kind: "greedy" });
    expect(window.location.hash).toBe("#/playground?step=4");
  });

  it("an address with dec=sample puts the strategy in the store", () => {
    const store = start("#/zh/playground?dec=sample&T=1.5&seed=7");
    expect(pageView(store)).toMatchObject({ lang: "zh", pair: "en-zh", decoding: { kind: "sample", temperature: 1.5, seed: 7 } });
  });

  it("a lesson's ?seed=42 stays in the address after the canonical rewrite and is put in the store", () => {
    const store = start("#/lesson/lstm?step=0&seed=42");
    expect(store.getState().exerciseSeed).toBe(42);
    expect(window.location.hash).toBe("#/lesson/lstm?seed=42");
  });

  it("a new exercise seed in the store is written to the address, and null takes it out", () => {
    const store = start("#/lesson/lstm?seed=42");
    store.getState().setExerciseSeed(7);
    expect(window.location.hash).toBe("#/lesson/lstm?seed=7");
    store.getState().setExerciseSeed(null);
    expect(window.location.hash).toBe("#/lesson/lstm");
  });

  it("the sheet's seed and lessons go from the address to the store and back", () => {
    const store = start("#/zh/exercises?lessons=attention,lstm&seed=5");
    expect(pageView(store)).toMatchObject({ lesson: "exercises", lang: "zh", exerciseSeed: 5, sheetLessons: ["lstm", "attention"] });
    expect(window.location.hash).toBe("#/zh/exercises?seed=5&lessons=lstm,attention");
    store.getState().setSheetLessons(["attention"]);
    expect(window.location.hash).toBe("#/zh/exercises?seed=5&lessons=attention");
  });
});
