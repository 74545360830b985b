// One training step on one sentence pair, recorded for a page to step through: the teacher-forced
// forward trace, the loss per decoder step and its sum L, every node of backpropagation through time
// in the order the pass visits it (backNodes.ts), the parameters' gradients (those of
// lossAndGradients with reduction "sentence", bit for bit: the same pass and the same sum), and one
// optimiser update with Δθ and the loss after it. A non-finite loss or gradient is named (where it
// first appears) and the update is then not applied.

import type { Seq2SeqModel } from "../model.ts";
import { paramShapes } from "../model.ts";
import type { Trace } from "../trace.ts";
import { decoderSteps, forcedTrace, type Pair } from "../teacherForcing.ts";
import { lossOf, sentenceBackward } from "./loss.ts";
import { sumTerms, type Grads } from "./terms.ts";
import { backNodeCollector, type BackNode } from "./backNodes.ts";
import { recurrentLearner } from "../train/learner.ts";
import { initOptimizer, optimizerStep, type OptimizerConfig } from "../train/optimizers.ts";

/** −log p_{t'}(y_{t'}) of one decoder step. */
export interface StepLoss {
  /** "dec.2". */
  readonly step: string;
  readonly token: string;
  readonly nll: number;
}

/** The parameter entry the update moved most, with the numbers of its update formula. */
export interface BiggestChange {
  readonly path: string;
  /** Flat index (row-major). */
  readonly index: number;
  readonly theta: number;
  readonly g: number;
  /** The optimiser's first moment after the step (SGD: the velocity v; Adam: m). */
  readonly m: number;
  /** Adam's second moment after the step. */
  readonly v?: number;
  readonly thetaNew: number;
}

export interface UpdateRecord {
  readonly config: OptimizerConfig;
  /** False when the loss or a gradient was not finite: then params are the old ones and delta is zeros. */
  readonly applied: boolean;
  readonly params: Readonly<Record<string, Float64Array>>;
  /** θ_new − θ by path. */
  readonly delta: Readonly<Record<string, Float64Array>>;
  readonly biggest: BiggestChange | undefined;
  /** L of the pair under the new parameters. */
  readonly lossAfter: number;
}

export interface TrainingStepTrace {
  readonly trace: Trace;
  readonly losses: readonly StepLoss[];
  /** L = Σ_t' −log p_{t'}(y_{t'}). */
  readonly loss: number;
  readonly nodes: readonly BackNode[];
  readonly grads: Grads;
  /** Where the first non-finite number appears: "loss", a node id, or "grads"; undefined when all are finite. */
  readonly nonFinite: string | undefined;
  readonly update: UpdateRecord;
}

const finite = (v: ArrayLike<number>): boolean => Array.prototype.every.call(v, Number.isFinite);

function firstNonFinite(losses: readonly StepLoss[], loss: number, nodes: readonly BackNode[], grads: Grads): string | undefined {
  if (!Number.isFinite(loss) || losses.some((l) => !Number.isFinite(l.nll))) return "loss";
  const node = nodes.find((n) => n.vectors.some((v) => !finite(v.value)));
  if (node) return node.id;
  return Object.values(grads).every(finite) ? undefined : "grads";
}

function biggestChange(before: Grads, after: Grads, grads: Grads, state: { m: Grads; v?: Grads }): BiggestChange | undefined {
  let best: BiggestChange | undefined;
  let size = -1;
  for (const [path, theta] of Object.entries(before)) {
    const next = after[path]!;
    for (let i = 0; i < theta.length; i++) {
      const d = Math.abs(next[i]! - theta[i]!);
      if (d <= size) continue;
      size = d;
      const v = state.v?.[path]?.[i];
      best = { path, index: i, theta: theta[i]!, g: grads[path]![i]!, m: state.m[path]![i]!, ...(v === undefined ? {} : { v }), thetaNew: next[i]! };
    }
  }
  return best;
}

/** The update of `grads` by a fresh optimiser, unless `skip`. */
function update(model: Seq2SeqModel, pair: Pair, grads: Grads, config: OptimizerConfig, skip: boolean, lossBefore: number): UpdateRecord {
  const before = recurrentLearner.params(model);
  const zeros = () => Object.fromEntries(Object.entries(before).map(([k, p]) => [k, new Float64Array(p.length)]));
  if (skip) return { config, applied: false, params: before, delta: zeros(), biggest: undefined, lossAfter: lossBefore };
  const step = optimizerStep(before, grads, initOptimizer(config, before));
  const delta = Object.fromEntries(Object.entries(step.params).map(([k, p]) => [k, p.map((x, i) => x - before[k]![i]!)]));
  const lossAfter = lossOf(recurrentLearner.withParams(model, step.params), [pair], { reduction: "sentence" });
  return { config, applied: true, params: step.params, delta, biggest: biggestChange(before, step.params, grads, step.state), lossAfter };
}

/**
 * One training step on `pair` with L = Σ_t' −log p_{t'}(y_{t'}) (no guided alignment), recorded node
 * by node, and the update of a fresh `optimizer` (its first step). The model is not changed.
 * Throws a RangeError for an empty source or an id outside its vocabulary (as forcedTrace does).
 */
export function trainingStepTrace(model: Seq2SeqModel, pair: Pair, optimizer: OptimizerConfig): TrainingStepTrace {
  const steps = decoderSteps(forcedTrace(model, pair));
  const { recorder, nodes, nll } = backNodeCollector(model, steps, pair.source.length);
  const { trace, loss, terms } = sentenceBackward(model, pair, recorder);
  const grads = sumTerms(paramShapes(model), terms);
  const losses = decoderSteps(trace).map((s) => ({ step: s.id, token: s.token, nll: nll.get(s.id)! }));
  const nonFinite = firstNonFinite(losses, loss, nodes, grads);
  return { trace, losses, loss, nodes, grads, nonFinite, update: update(model, pair, grads, optimizer, nonFinite !== undefined, loss) };
}
