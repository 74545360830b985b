// Beam search over any decoder step function (stepper.ts). A hypothesis y_1 … y_n has
//   log P = Σ_{t'=1..n} log p_{t'}(y_{t'})   and the score   log P / n^α,
// where n counts the tokens it emitted, <eos> included (α = 0: no normalisation). Step t' extends every
// live hypothesis by every token of the vocabulary; the K candidates with the highest log P are kept
// (all candidates at a step have the same length, so the score ranks them alike), the rest are pruned.
// A kept candidate ending in <eos> is finished and leaves the beam, which shrinks; the search ends when
// the beam is empty or at the length limit, where the live hypotheses stop unfinished. The best is the
// highest score among the finished and the stopped. Ties: the candidate of the better-ranked parent
// first, then the lower token id; for the best, the one ranked earlier (earlier step, better rank).
// With K = 1 this is greedy decoding, argmax p_{t'} at every step.

import type { DecoderStepper } from "./stepper.ts";

export interface BeamOptions {
  /** K ≥ 1, a whole number; K may exceed V (after step 1 there are K × V candidates). */
  readonly width: number;
  /** α ≥ 0. */
  readonly alpha: number;
  /** The length limit; the stepper's own when absent. */
  readonly maxLength?: number;
}

export type HypothesisStatus = "kept" | "pruned" | "finished";

export interface Hypothesis {
  /** y_1 … y_n, ending in <eos> when finished. */
  readonly ids: readonly number[];
  readonly tokens: readonly string[];
  /** The hypothesis it extends: its index in the previous step's `kept`, −1 at step 1. */
  readonly parent: number;
  /** log p_{t'}(y_{t'}) of the last token. */
  readonly tokenLogProb: number;
  /** log P, the natural-log probability summed over y_1 … y_n. */
  readonly logProb: number;
  /** n, the tokens emitted, <eos> included. */
  readonly length: number;
  /** log P / n^α. */
  readonly score: number;
  readonly status: HypothesisStatus;
}

export interface BeamStep {
  /** t'. */
  readonly t: number;
  /** Every candidate of this step, best log P first (ranked with the ties rule above). */
  readonly hypotheses: readonly Hypothesis[];
  /** Indices into `hypotheses` of the live hypotheses the next step extends, in rank order. */
  readonly kept: readonly number[];
}

export interface BeamResult {
  readonly width: number;
  readonly alpha: number;
  readonly maxLength: number;
  readonly steps: readonly BeamStep[];
  /** The finished hypotheses and those stopped at the limit, best score first. */
  readonly final: readonly (Hypothesis & { readonly stop: "eos" | "limit" })[];
  readonly best: Hypothesis & { readonly stop: "eos" | "limit" };
}

/** The score log P / n^α; n^0 = 1. */
export function beamScore(logProb: number, length: number, alpha: number): number {
  return alpha === 0 ? logProb : logProb / Math.pow(length, alpha);
}

/** Throws a RangeError with a one-line reason for a width, α or limit the search cannot use. */
export function checkBeamOptions(o: BeamOptions): void {
  if (!Number.isInteger(o.width) || o.width < 1) throw new RangeError(`beam width K: expected a whole number ≥ 1, got ${o.width}`);
  if (!(o.alpha >= 0) || !Number.isFinite(o.alpha)) throw new RangeError(`length penalty α: expected a number ≥ 0, got ${o.alpha}`);
  if (o.maxLength !== undefined && (!Number.isInteger(o.maxLength) || o.maxLength < 1)) throw new RangeError(`maxLength: expected a whole number ≥ 1, got ${o.maxLength}`);
}

interface Live<S> {
  readonly hyp: Hypothesis;
  readonly state: S;
}

interface Candidate<S> {
  readonly parent: number;
  readonly y: number;
  readonly tokenLogProb: number;
  readonly logProb: number;
  readonly state: S;
}

/** Beam search with width K, length penalty α and a length limit. */
export function beamSearch<S>(stepper: DecoderStepper<S>, options: BeamOptions): BeamResult {
  checkBeamOptions(options);
  const { width: K, alpha } = options;
  const maxLength = options.maxLength ?? stepper.maxLength;
  const { vocab, eos } = stepper;
  const root: Hypothesis = { ids: [], tokens: [], parent: -1, tokenLogProb: 0, logProb: 0, length: 0, score: 0, status: "kept" };
  let beam: Live<S>[] = [{ hyp: root, state: stepper.start }];
  const steps: BeamStep[] = [];
  const final: (Hypothesis & { stop: "eos" | "limit" })[] = [];
  for (let t = 1; t <= maxLength && beam.length > 0; t++) {
    const candidates: Candidate<S>[] = [];
    beam.forEach((live, parent) => {
      const yPrev = live.hyp.ids.at(-1) ?? stepper.sos;
      const { logp, next } = stepper.step(live.state, yPrev, t);
      for (let y = 0; y < logp.length; y++) candidates.push({ parent, y, tokenLogProb: logp[y]!, logProb: live.hyp.logProb + logp[y]!, state: next });
    });
    // Stable sort: equal log P keep the (parent, token id) order they were pushed in.
    candidates.sort((a, b) => b.logProb - a.logProb || 0);
    const next: Live<S>[] = [];
    const kept: number[] = [];
    const hypotheses = candidates.map((c, rank): Hypothesis => {
      const ids = [...beam[c.parent]!.hyp.ids, c.y];
      const status: HypothesisStatus = rank >= K ? "pruned" : c.y === eos ? "finished" : "kept";
      const hyp: Hypothesis = {
        ids,
        tokens: ids.map((i) => vocab[i]!),
        parent: t === 1 ? -1 : c.parent,
        tokenLogProb: c.tokenLogProb,
        logProb: c.logProb,
        length: t,
        score: beamScore(c.logProb, t, alpha),
        status,
      };
      if (status === "finished") final.push({ ...hyp, stop: "eos" });
      if (status === "kept") {
        kept.push(rank);
        next.push({ hyp, state: c.state });
      }
      return hyp;
    });
    steps.push({ t, hypotheses, kept });
    beam = next;
  }
  for (const live of beam) final.push({ ...live.hyp, stop: "limit" });
  // Stable sort again: equal scores keep the earlier step and the better rank first.
  final.sort((a, b) => b.score - a.score || 0);
  return { width: K, alpha, maxLength, steps, final, best: final[0]! };
}
