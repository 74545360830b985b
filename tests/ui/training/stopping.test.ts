// Why a run stops: stopAfterEpoch's rule on hand-made histories, and the session's progress carrying
// the reason for each way a run ends (target, patience, epoch limit, the reader's pause, an error).

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/core/train/index.ts";
import { DEFAULT_SETTINGS, type EpochPoint, type FromWorker, type Progress, type TrainSettings } from "../../../src/ui/training/protocol.ts";
import { modelFor, TrainingSession } from "../../../src/ui/training/session.ts";
import { bestEpoch, stopAfterEpoch } from "../../../src/ui/training/stopping.ts";

const corpus = JSON.parse(readFileSync(new URL("../../../public/corpus/en-fr.json", import.meta.url), "utf8")) as Corpus;

const point = (epoch: number, heldOutLoss: number, trainAccuracy = 0.5): EpochPoint => ({ epoch, trainLoss: 1, trainAccuracy, heldOutLoss, heldOutAccuracy: 0.4 });
const rule = { epochs: 30, targetAccuracy: 1, patience: 3 };

describe("stopAfterEpoch", () => {
  it("stopAfterEpoch(history, rule) goes on while the held-out loss falls and the target and the limit are not reached", () => {
    expect(stopAfterEpoch([], rule)).toBeNull();
    expect(stopAfterEpoch([point(1, 2), point(2, 1.5), point(3, 1.2)], rule)).toBeNull();
  });

  it("stopAfterEpoch stops at the target accuracy, with the figure reached", () => {
    expect(stopAfterEpoch([point(1, 2, 0.2), point(2, 1.5, 0.91)], { ...rule, targetAccuracy: 0.9 })).toEqual({ kind: "target", epoch: 2, accuracy: 0.91, target: 0.9 });
    expect(stopAfterEpoch([point(1, 2, 0.89)], { ...rule, targetAccuracy: 0.9 })).toBeNull();
  });

  it("stopAfterEpoch stops when the lowest held-out loss is `patience` epochs old, and names that epoch", () => {
    const history = [point(1, 2), point(2, 1), point(3, 1.1), point(4, 1)];
    // A tie is no improvement: epoch 2 stays the best.
    expect(bestEpoch(history)?.epoch).toBe(2);
    expect(stopAfterEpoch(history, rule)).toBeNull();
    expect(stopAfterEpoch([...history, point(5, 1.05)], rule)).toEqual({ kind: "patience", epoch: 5, patience: 3, bestEpoch: 2, bestLoss: 1 });
  });

  it("stopAfterEpoch stops at the epoch limit, and prefers the target, then patience, when several hold at once", () => {
    expect(stopAfterEpoch([point(1, 2), point(2, 1)], { ...rule, epochs: 2 })).toEqual({ kind: "epochs", epoch: 2, limit: 2 });
    const flat = [point(1, 1), point(2, 1), point(3, 1, 1)];
    expect(stopAfterEpoch(flat, { epochs: 3, targetAccuracy: 1, patience: 2 })?.kind).toBe("target");
    expect(stopAfterEpoch(flat, { epochs: 3, targetAccuracy: 1.01, patience: 2 })?.kind).toBe("patience");
  });
});

/** A session whose clock moves one unit each time it is read. */
function session(settings: TrainSettings) {
  const posted: FromWorker[] = [];
  let t = 0;
  const s = new TrainingSession((m) => posted.push(m), () => t++);
  s.handle({ type: "configure", run: 1, settings, corpus });
  const run = () => {
    s.handle({ type: "start" });
    for (let i = 0; i < 400 && s.busy; i++) s.runSlice(t + 20);
  };
  const last = (): Progress => [...posted].reverse().flatMap((m) => ("progress" in m ? [m.progress] : []))[0]!;
  const points = () => posted.flatMap((m) => (m.type === "epoch" ? [m.point] : []));
  return { s, posted, run, last, points };
}

const small: TrainSettings = { ...DEFAULT_SETTINGS, hidden: 4, batchSize: 32, epochs: 3 };

describe("TrainingSession's stop reason", () => {
  it("a run that reaches its epoch limit is done with the reason epochs", () => {
    const r = session(small);
    r.run();
    expect(r.points().map((p) => p.epoch)).toEqual([1, 2, 3]);
    expect(r.last()).toMatchObject({ status: "done", stop: { kind: "epochs", epoch: 3, limit: 3 } });
  });

  it("a run whose training accuracy reaches the target stops there and reports the accuracy", () => {
    const r = session({ ...DEFAULT_SETTINGS, epochs: 10, targetAccuracy: 0.01 });
    r.run();
    const points = r.points();
    const end = points.at(-1)!;
    expect(end.trainAccuracy).toBeGreaterThanOrEqual(0.01);
    // Every earlier epoch was below the target: it stopped at the first that reached it.
    for (const p of points.slice(0, -1)) expect(p.trainAccuracy).toBeLessThan(0.01);
    expect(r.last()).toMatchObject({ status: "done", stop: { kind: "target", epoch: end.epoch, accuracy: end.trainAccuracy, target: 0.01 } });
  });

  it("a resumed run counts patience from the best epoch of its saved history", () => {
    const posted: FromWorker[] = [];
    let t = 0;
    const s = new TrainingSession((m) => posted.push(m), () => t++);
    const settings = { ...small, epochs: 10, patience: 1 };
    const history = [point(1, 1e-6, 0)];
    s.handle({ type: "configure", run: 1, settings, corpus, resume: { model: modelFor(settings, corpus), epoch: 1, step: 10, history } });
    s.handle({ type: "start" });
    for (let i = 0; i < 200 && s.busy; i++) s.runSlice(t + 20);
    const end = [...posted].reverse().find((m) => m.type === "epoch");
    expect(end?.type === "epoch" && end.progress).toMatchObject({ status: "done", epoch: 2, stop: { kind: "patience", epoch: 2, patience: 1, bestEpoch: 1, bestLoss: 1e-6 } });
  });

  it("handle(pause) gives the reason reader, and handle(start) clears it", () => {
    const r = session(small);
    r.s.handle({ type: "start" });
    r.s.runSlice(5);
    r.s.handle({ type: "pause" });
    expect(r.last()).toMatchObject({ status: "paused", stop: { kind: "reader" } });
    r.s.handle({ type: "start" });
    expect(r.last()).toMatchObject({ status: "running", stop: null });
  });

  it("a slice that throws pauses the run with the error as its reason and posts the model of the last good update", () => {
    const r = session(small);
    r.s.handle({ type: "step" });
    const good = [...r.posted].reverse().find((m) => m.type === "model");
    // The next update fails, as an out-of-memory error in the worker would.
    Object.assign(r.s, { trainOne: () => { throw new Error("out of memory"); } });
    r.s.handle({ type: "start" });
    r.s.runSlice(100);
    const after = r.posted.slice(-2);
    expect(after[0]).toMatchObject({ type: "error", message: "out of memory" });
    expect(after[1]).toMatchObject({ type: "model", progress: { status: "paused", step: 1, stop: { kind: "error", message: "out of memory", epoch: 0 } } });
    expect(after[1]?.type === "model" && good?.type === "model" && after[1].model).toEqual(good?.type === "model" && good.model);
  });
});
