import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildOwnCorpus, corpusPairs, fullCorpus, OWN_DATA_DEFAULTS, translationScores, type Corpus } from "../../../src/core/train/index.ts";
import { DEFAULT_SETTINGS, type FromWorker, type TrainSettings } from "../../../src/ui/training/protocol.ts";
import { TrainingSession } from "../../../src/ui/training/session.ts";

const corpus = JSON.parse(readFileSync(new URL("../../../public/corpus/en-fr.json", import.meta.url), "utf8")) as Corpus;
const settings: TrainSettings = { ...DEFAULT_SETTINGS, hidden: 4, batchSize: 32, epochs: 3 };

/** A session whose clock moves one unit each time it is read, so a slice's length is a step count. */
function session() {
  const posted: FromWorker[] = [];
  let t = 0;
  const s = new TrainingSession((m) => posted.push(m), () => t++);
  return { s, posted, clock: () => t };
}

function lastModel(posted: readonly FromWorker[]) {
  const m = [...posted].reverse().find((p): p is Extract<FromWorker, { type: "model" | "epoch" }> => p.type === "model" || p.type === "epoch");
  if (!m) throw new Error("no model posted");
  return m;
}

describe("TrainingSession", () => {
  it("handle(step) trains one batch per message and posts the model", () => {
    const { s, posted } = session();
    s.handle({ type: "configure", run: 1, settings, corpus });
    s.handle({ type: "step" });
    s.handle({ type: "step" });
    expect(lastModel(posted).progress.step).toBe(2);
    expect(lastModel(posted).progress.status).toBe("idle");
  });

  it("pausing and resuming gives the same weights as stepping without interruption", () => {
    const paused = session();
    paused.s.handle({ type: "configure", run: 1, settings, corpus });
    paused.s.handle({ type: "start" });
    paused.s.runSlice(paused.clock() + 5);
    paused.s.handle({ type: "pause" });
    const afterPause = lastModel(paused.posted).progress.step;
    paused.s.runSlice(paused.clock() + 50);
    expect(lastModel(paused.posted).progress.step).toBe(afterPause);
    paused.s.handle({ type: "start" });
    paused.s.runSlice(paused.clock() + 6);
    paused.s.handle({ type: "pause" });
    const end = lastModel(paused.posted);
    expect(end.progress.step).toBeGreaterThan(afterPause);

    const straight = session();
    straight.s.handle({ type: "configure", run: 1, settings, corpus });
    for (let i = 0; i < end.progress.step; i++) straight.s.handle({ type: "step" });
    expect(lastModel(straight.posted).model).toEqual(end.model);
  });

  it("runSlice posts an evaluation on both splits at the end of each epoch and stops after the last", () => {
    const { s, posted, clock } = session();
    s.handle({ type: "configure", run: 1, settings, corpus });
    s.handle({ type: "start" });
    for (let i = 0; i < 40 && s.busy; i++) s.runSlice(clock() + 10);
    const epochs = posted.flatMap((p) => (p.type === "epoch" ? [p.point] : []));
    expect(epochs.map((p) => p.epoch)).toEqual([1, 2, 3]);
    for (const p of epochs) expect(p.heldOutAccuracy).toBeGreaterThanOrEqual(0);
    // Each epoch reports its updates' mean gradient norm per group, and how many clipping scaled down.
    for (const p of epochs) {
      expect(p.updates).toBe(Math.ceil(fullCorpus(corpus).train.length / settings.batchSize));
      expect(p.clippedUpdates).toBeGreaterThanOrEqual(0);
      expect(p.clippedUpdates).toBeLessThanOrEqual(p.updates!);
      for (const group of ["embeddings", "encoder", "decoder", "output"] as const) expect(p.gradNorms![group], group).toBeGreaterThan(0);
      expect(p.clipNorm).toBeGreaterThan(0);
    }
    expect(s.busy).toBe(false);
    expect(lastModel(posted).progress.status).toBe("done");
  });

  it("runSlice on the reader's own pairs posts each epoch's held-out BLEU, that of the epoch's model", () => {
    const built = buildOwnCorpus(readFileSync(new URL("../../fixtures/corpus/tiny-en-fr.tsv", import.meta.url)), OWN_DATA_DEFAULTS, "tiny-en-fr.tsv");
    if (!built.ok) throw new Error("the fixture should read");
    const { s, posted, clock } = session();
    s.handle({ type: "configure", run: 1, settings: { ...settings, batchSize: 4, learningRate: 0.05 }, corpus: built.corpus });
    s.handle({ type: "start" });
    for (let i = 0; i < 60 && s.busy; i++) s.runSlice(clock() + 10);
    const heldOut = corpusPairs(built.corpus, built.corpus.heldOut);
    const epochs = posted.flatMap((p) => (p.type === "epoch" ? [p] : []));
    expect(epochs).toHaveLength(3);
    expect(lastModel(posted).model.target.vocab).toEqual(built.corpus.targetVocab);
    for (const e of epochs) expect(e.point.heldOutBleu).toBe(translationScores(e.model, heldOut).bleu.bleu);
  });

  it("handle(reset) starts again from the seed's initial weights", () => {
    const { s, posted } = session();
    s.handle({ type: "configure", run: 1, settings, corpus });
    const initial = lastModel(posted).model;
    s.handle({ type: "step" });
    s.handle({ type: "reset", run: 2 });
    expect(lastModel(posted).model).toEqual(initial);
    expect(lastModel(posted).progress.step).toBe(0);
  });

  it("handle(start) before configure posts an error instead of throwing", () => {
    const { s, posted } = session();
    s.handle({ type: "start" });
    expect(posted).toEqual([{ type: "error", message: '"start" before "configure"', run: 0 }]);
  });

  it("handle(configure) and handle(reset) number the run, and every message after them carries that number", () => {
    const { s, posted } = session();
    s.handle({ type: "configure", run: 4, settings, corpus });
    s.handle({ type: "step" });
    const before = posted.length;
    s.handle({ type: "reset", run: 5 });
    s.handle({ type: "step" });
    expect(posted.slice(0, before).map((p) => p.run)).toEqual(Array(before).fill(4));
    expect(posted.slice(before).map((p) => p.run)).toEqual(Array(posted.length - before).fill(5));
  });
});
