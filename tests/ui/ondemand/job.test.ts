import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { paramValues, type Corpus } from "../../../src/core/train/index.ts";
import { parseModelText } from "../../../src/model/index.ts";
import { choiceOfModel } from "../../../src/model/choice.ts";
import { TrainingJob } from "../../../src/ui/ondemand/job.ts";
import type { FromJobWorker } from "../../../src/ui/ondemand/protocol.ts";

vi.setConfig({ testTimeout: 300_000 });

const read = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");
const PRESET = "gru-reset-before-attention-general-zh.json";

describe("TrainingJob", () => {
  it("a job run in slices posts progress that grows, then the model `npm run train` wrote for the same choice and pair, bit for bit", () => {
    const parsed = parseModelText(read(`public/models/${PRESET}`));
    if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
    const preset = parsed.model;
    const posted: FromJobWorker[] = [];
    let clock = 0;
    // Every call of the clock is 10 ms later: slices of a few units, progress every 100 ms.
    const job = new TrainingJob((m) => posted.push(m), () => (clock += 10));
    job.handle({ type: "train", job: 3, choice: choiceOfModel(preset), pair: "en-zh", corpus: JSON.parse(read("public/corpus/en-zh.json")) as Corpus });
    let slices = 0;
    while (job.busy) {
      job.runSlice(clock + 40);
      slices++;
    }
    expect(slices).toBeGreaterThan(10);
    const progress = posted.flatMap((m) => (m.type === "progress" ? [m.progress.fraction] : []));
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const done = posted.at(-1)!;
    expect(done.type).toBe("done");
    if (done.type !== "done") return;
    expect(done.job).toBe(3);
    expect(done.passed).toBe(true);
    expect(done.model.meta).toMatchObject({ trained: true, trainedIn: "browser", pair: "en-zh", seed: (preset.meta as { seed: number }).seed });
    const again = paramValues(done.model);
    for (const [path, values] of Object.entries(paramValues(preset))) expect(Array.from(again[path]!), path).toEqual(Array.from(values));
  });

  it("a job whose corpus is not its pair's posts an error with the reason, and is not busy", () => {
    const posted: FromJobWorker[] = [];
    const job = new TrainingJob((m) => posted.push(m), () => 0);
    const corpus = JSON.parse(read("public/corpus/en-fr.json")) as Corpus;
    job.handle({ type: "train", job: 1, choice: { cell: "lstm", variant: "initial", score: "dot", query: "previous", bidirectional: false }, pair: "en-zh", corpus });
    expect(posted).toEqual([{ type: "error", job: 1, message: "startRecipe: the recipe is for en-zh, the corpus is en-fr" }]);
    expect(job.busy).toBe(false);
  });
});
