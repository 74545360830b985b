// One forward pass of the tiny Transformer as an immutable trace: tokens → encoder → H, then greedy
// decoding y_{t'} = argmax p_{t'} until <eos> or the length limit, or one teacher-forced pass.
// Source: seed 004 (the decoder writes one word at a time while reading the encoder's notes).

import { argmax, logSoftmax } from "../activations.ts";
import { SPECIAL_TOKENS } from "../model.ts";
import { row } from "../tensor.ts";
import type { SourceToken } from "../trace.ts";
import { detokenize, tokenize } from "../tokenizer.ts";
import { forcedPass } from "./teacherForcing.ts";
import { tokenLosses } from "./output.ts";
import { type EncoderPass, decodeInput, encodeSource } from "./stack.ts";
import { type ForcedStep, type GreedyStep, type TransformerTrace, freezeTrace } from "./trace.ts";
import type { TransformerModel } from "./types.ts";

export interface TransformerForwardOptions {
  /** A target sentence (or its ids, without <eos>) to teacher-force instead of decoding greedily. */
  readonly target?: string | readonly number[];
  /** Overrides model.maxLength for greedy decoding. */
  readonly maxLength?: number;
}

/** The forward pass for a sentence. Throws a RangeError when it has no token. */
export function transformerForward(model: TransformerModel, input: string, options: TransformerForwardOptions = {}): TransformerTrace {
  const source = tokenize(input, model.source.vocab);
  if (source.length === 0) throw new RangeError("input: expected at least one word");
  const target = typeof options.target === "string" ? tokenize(options.target, model.target.vocab).map((t) => t.id) : options.target;
  return transformerForwardTokens(model, source, { ...(target ? { target } : {}), ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}) });
}

/** log P = Σ_{t'} log p_{t'}(y_{t'}) of the chosen tokens, <eos> included (log-softmax of each step's logits). */
function logProbOf(steps: readonly GreedyStep[]): number {
  return steps.reduce((sum, s) => sum + logSoftmax(s.logits)[s.y]!, 0);
}

function greedySteps(model: TransformerModel, encoder: EncoderPass, maxLength: number): { steps: GreedyStep[]; ids: number[]; stop: "eos" | "limit" } {
  const vocab = model.target.vocab;
  const inputs = [vocab.indexOf(SPECIAL_TOKENS.sos)];
  const eos = vocab.indexOf(SPECIAL_TOKENS.eos);
  const steps: GreedyStep[] = [];
  for (let t = 1; t <= maxLength; t++) {
    const pass = decodeInput(model, encoder.H, inputs);
    const last = pass.out.logits.rows - 1;
    const p = row(pass.out.p, last);
    const y = argmax(p);
    steps.push({ kind: "greedy", formula: "tf.greedy", id: `dec.${t}`, t, pass, logits: row(pass.out.logits, last), p, y, token: vocab[y]! });
    if (y === eos) return { steps, ids: inputs.slice(1), stop: "eos" };
    inputs.push(y);
  }
  return { steps, ids: inputs.slice(1), stop: "limit" };
}

function forcedStep(model: TransformerModel, sourceIds: readonly number[], target: readonly number[]): { step: ForcedStep; encoder: EncoderPass } {
  const f = forcedPass(model, sourceIds, target);
  const out = f.decoder.out;
  const predicted = Array.from({ length: out.p.rows }, (_, t) => argmax(row(out.p, t)));
  const step: ForcedStep = {
    kind: "forced",
    formula: "tf.loss",
    id: "dec.forced",
    pass: f.decoder,
    inputs: f.inputs,
    targets: f.targets,
    targetTokens: f.targets.map((i) => model.target.vocab[i]!),
    predicted,
    losses: tokenLosses(out, f.targets),
    loss: f.loss,
  };
  return { step, encoder: f.encoder };
}

type Decoded = { encoder: EncoderPass; decoder: GreedyStep[] | [ForcedStep]; ids: number[]; stop: "eos" | "limit"; logProb: number };

function decodeForced(model: TransformerModel, sourceIds: readonly number[], target: readonly number[], eos: number): Decoded {
  const f = forcedStep(model, sourceIds, target);
  const firstEos = f.step.predicted.indexOf(eos);
  const ids = firstEos < 0 ? [...f.step.predicted] : f.step.predicted.slice(0, firstEos);
  // Teacher forcing scores the target: log P(y_1 … y_T <eos>) = −Σ_t loss_t.
  const logProb = -f.step.losses.reduce((sum, l) => sum + l, 0);
  return { encoder: f.encoder, decoder: [f.step], ids, stop: firstEos < 0 ? "limit" : "eos", logProb };
}

function decodeGreedy(model: TransformerModel, sourceIds: readonly number[], maxLength: number): Decoded {
  const encoder = encodeSource(model, sourceIds);
  const g = greedySteps(model, encoder, maxLength);
  return { encoder, decoder: g.steps, ids: g.ids, stop: g.stop, logProb: logProbOf(g.steps) };
}

/** The trace's summary of a Transformer's sizes. */
export function transformerTraceModel(model: TransformerModel): TransformerTrace["model"] {
  return {
    kind: "transformer",
    name: model.name,
    d_model: model.d_model,
    heads: model.heads,
    d_k: model.d_model / model.heads,
    d_ff: model.d_ff,
    encoderLayers: model.encoder.length,
    decoderLayers: model.decoder.length,
  };
}

/** The forward pass for tokens already looked up (training and tests call this with ids). */
export function transformerForwardTokens(model: TransformerModel, source: readonly SourceToken[], options: { target?: readonly number[]; maxLength?: number } = {}): TransformerTrace {
  const vocab = model.target.vocab;
  const eos = vocab.indexOf(SPECIAL_TOKENS.eos);
  if (vocab.indexOf(SPECIAL_TOKENS.sos) < 0 || eos < 0) throw new RangeError("target.vocab: needs <sos> and <eos>");
  const sourceIds = source.map((s) => s.id);
  const run = options.target ? decodeForced(model, sourceIds, options.target, eos) : decodeGreedy(model, sourceIds, options.maxLength ?? model.maxLength);
  const tokens = run.ids.map((i) => vocab[i]!);
  return freezeTrace({
    model: transformerTraceModel(model),
    source: source.map((s) => ({ ...s })),
    encoder: run.encoder,
    decoder: run.decoder,
    output: { ids: run.ids, tokens, text: detokenize(tokens), stop: run.stop, logProb: run.logProb },
  });
}
