// Fakes for on-demand training: a worker the test answers by hand, a trained model of a choice with
// the meta a recipe's run writes, and a store whose writes fail.

import type { Seq2SeqModel } from "../../../src/core/model.ts";
import { RECIPE_VERSION } from "../../../src/core/train/recipe.ts";
import { demoModel, type LanguagePair, type ModelChoice } from "../../../src/model/defaults.ts";
import type { KeyValueStore } from "../../../src/ui/ondemand/cache.ts";
import type { JobWorkerLike } from "../../../src/ui/ondemand/onDemand.ts";
import type { FromJobWorker, ToJobWorker } from "../../../src/ui/ondemand/protocol.ts";

export const choice: ModelChoice = { cell: "gru-reset-after", variant: "attention", score: "dot", query: "current", bidirectional: false };
export const other: ModelChoice = { ...choice, score: "additive" };

/** A model of `c` with the meta finishRecipe writes (the weights are a seeded demo's: a test needs no real training). */
export function trainedModel(c: ModelChoice = choice, pair: LanguagePair = "en-fr", seed = 7, version = RECIPE_VERSION): Seq2SeqModel {
  return { ...demoModel(c, seed, pair), name: "Trained in a test", meta: { trained: true, pair, passed: true, recipe: { version } } };
}

/** A worker's message, the job number optional (the last job's by default). */
type Answer = FromJobWorker extends infer M ? (M extends FromJobWorker ? Omit<M, "job"> & { job?: number } : never) : never;

export class FakeWorker implements JobWorkerLike {
  onmessage: ((event: MessageEvent<FromJobWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: ToJobWorker[] = [];
  terminated = false;
  postMessage(message: ToJobWorker): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** The worker's answer to its last job. */
  answer(message: Answer): void {
    const job = this.received.at(-1)!.job;
    this.onmessage?.({ data: { job, ...message } as FromJobWorker } as MessageEvent<FromJobWorker>);
  }
  crash(message: string): void {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
}

/** A store that reads as `inner` does and refuses every write, as a full disk does. */
export function fullStore(inner: KeyValueStore): KeyValueStore {
  const refuse = async () => {
    throw new Error("QuotaExceededError");
  };
  return { ...inner, put: refuse };
}
