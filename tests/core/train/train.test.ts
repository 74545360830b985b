// Training as pure steps over plain data: seeded shuffles, the batch cursor, reproducibility (same seed ⇒
// same weights, bit for bit), pause and resume through structuredClone, and accuracy.

import { describe, expect, it } from "vitest";
import { adam, batchAt, batchesPerEpoch, evaluate, greedyTranslation, initTraining, paramValues, recurrentLearner, permutation, trainEpoch, trainNext, translatesExactly, type TrainConfig, type TrainState } from "../../../src/core/train/index.ts";
import type { Pair } from "../../../src/core/teacherForcing.ts";
import { randomModel } from "../grad/gradcheck.ts";

const model = randomModel({
  encoder: { cell: "lstm", hidden: 4, bidirectional: false, context: "last" },
  decoder: { cell: "lstm", hidden: 4, variant: "attention", init: "context", attention: { score: "dot", query: "previous" } },
});
const pairs: Pair[] = [
  { source: [3], target: [3] },
  { source: [4], target: [4] },
  { source: [5], target: [5] },
  { source: [3, 4], target: [4, 3] },
  { source: [4, 5], target: [5, 4] },
];
const config: TrainConfig = { seed: 42, batchSize: 2, optimizer: adam(0.05), clipNorm: 5 };

function run(state: TrainState, steps: number): TrainState {
  let s = state;
  for (let i = 0; i < steps; i++) s = trainNext(recurrentLearner, s, pairs).state;
  return s;
}

describe("shuffling", () => {
  it("permutation(n, seed, epoch) is a permutation, the same for the same seed and epoch and different across epochs", () => {
    const p = permutation(50, 3, 0);
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(permutation(50, 3, 0)).toEqual(p);
    expect(permutation(50, 3, 1)).not.toEqual(p);
    expect(permutation(50, 4, 0)).not.toEqual(p);
  });

  it("batchAt(items, size, seed, epoch, i) over i covers every item of the epoch once, the last batch shorter", () => {
    const items = Array.from({ length: 7 }, (_, i) => i);
    const n = batchesPerEpoch(7, 3);
    const batches = Array.from({ length: n }, (_, i) => batchAt(items, 3, 9, 2, i));
    expect(batches.map((b) => b.length)).toEqual([3, 3, 1]);
    expect(batches.flat().sort((a, b) => a - b)).toEqual(items);
  });
});

describe("trainNext and trainEpoch", () => {
  it("trainNext(state, pairs) moves the cursor batch by batch and into the next epoch after the last batch", () => {
    let s = initTraining(recurrentLearner, model, config);
    const cursors: [number, number][] = [];
    for (let i = 0; i < 4; i++) {
      s = trainNext(recurrentLearner, s, pairs).state;
      cursors.push([s.epoch, s.batch]);
    }
    expect(cursors).toEqual([[0, 1], [0, 2], [1, 0], [1, 1]]);
    expect(s.step).toBe(4);
  });

  it("trainEpoch(recurrentLearner, state, pairs) from the start of an epoch runs every batch of it once", () => {
    const { state } = trainEpoch(recurrentLearner, initTraining(recurrentLearner, model, config), pairs);
    expect(state.step).toBe(batchesPerEpoch(pairs.length, 2));
    expect([state.epoch, state.batch]).toEqual([1, 0]);
  });

  it("trainNext(state, pairs) with the same seed gives bit-identical weights after 12 steps", () => {
    const a = paramValues(run(initTraining(recurrentLearner, model, config), 12).model);
    const b = paramValues(run(initTraining(recurrentLearner, model, config), 12).model);
    for (const path of Object.keys(a)) expect(Buffer.from(a[path]!.buffer).equals(Buffer.from(b[path]!.buffer)), path).toBe(true);
  });

  it("trainNext(state, pairs) with another shuffle seed gives different weights after 12 steps", () => {
    const a = paramValues(run(initTraining(recurrentLearner, model, config), 12).model);
    const b = paramValues(run(initTraining(recurrentLearner, model, { ...config, seed: 43 }), 12).model);
    expect(Object.keys(a).some((path) => a[path]!.some((x, i) => x !== b[path]![i]))).toBe(true);
  });

  it("trainNext(state, pairs) resumed from a structuredClone of a paused state ends where an unbroken run ends", () => {
    const paused = structuredClone(run(initTraining(recurrentLearner, model, config), 5));
    const resumed = paramValues(run(paused, 7).model);
    const straight = paramValues(run(initTraining(recurrentLearner, model, config), 12).model);
    for (const path of Object.keys(straight)) expect(Array.from(resumed[path]!)).toEqual(Array.from(straight[path]!));
  });

  it("trainNext(state, pairs) leaves the state it was given unchanged", () => {
    const s = initTraining(recurrentLearner, model, config);
    const before = paramValues(s.model);
    const next = trainNext(recurrentLearner, s, pairs).state;
    expect(s.step).toBe(0);
    expect(next.model).not.toBe(s.model);
    const after = paramValues(s.model);
    for (const path of Object.keys(before)) expect(Array.from(after[path]!)).toEqual(Array.from(before[path]!));
  });
});

describe("evaluate", () => {
  it("evaluate(model, pairs) reaches sentence and token accuracy 1 once a tiny copy task is learned", () => {
    let s = initTraining(recurrentLearner, model, config);
    for (let e = 0; e < 60 && evaluate(s.model, pairs).sentenceAccuracy < 1; e++) s = trainEpoch(recurrentLearner, s, pairs).state;
    const ev = evaluate(s.model, pairs);
    expect(ev.sentenceAccuracy).toBe(1);
    expect(ev.tokenAccuracy).toBe(1);
    expect(ev.tokens).toBe(pairs.reduce((n, p) => n + p.target.length + 1, 0));
    for (const p of pairs) expect(greedyTranslation(s.model, p.source).ids).toEqual(p.target);
  });

  it("evaluate(model, pairs) counts a sentence only when the greedy translation is exactly the reference", () => {
    const untrained = evaluate(model, pairs);
    const exact = pairs.filter((p) => translatesExactly(model, p)).length;
    expect(untrained.sentenceAccuracy).toBe(exact / pairs.length);
    expect(untrained.tokenAccuracy).toBeGreaterThanOrEqual(0);
    expect(untrained.tokenAccuracy).toBeLessThanOrEqual(1);
    expect(() => evaluate(model, [])).toThrow(RangeError);
  });
});
