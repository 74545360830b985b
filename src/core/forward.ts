// One forward pass: tokens → embeddings → encoder → context → decoder steps → output, returned as
// an immutable trace (trace.ts). Decoding follows a strategy (decoding.ts: greedy or sampled), and stops
// at <eos> or maxLength; with a target it is teacher-forced (training, and the lessons' "what if"). The output
// carries log P, the summed log p_{t'}(y_{t'}) of the tokens written, <eos> included.

import { mean, row, zeros } from "./tensor.ts";
import { logSoftmax } from "./activations.ts";
import type { DecodingOptions, Seq2SeqModel } from "./model.ts";
import { SPECIAL_TOKENS } from "./model.ts";
import type { ContextStep, DecoderStep, SourceToken, Trace, TraceStep } from "./trace.ts";
import { detokenize, tokenize } from "./tokenizer.ts";
import { encode, type EncoderResult } from "./encoder.ts";
import { decoderStep } from "./decoder.ts";
import { strategyOf, tokenChooser, type DecodingStrategy } from "./decoding.ts";

export interface ForwardOptions {
  /** A target sentence (or its token ids) to teacher-force instead of decoding freely. */
  readonly target?: string | readonly number[];
  /** Overrides the model file's decoding options (maxLength, and strategy, temperature, seed). */
  readonly decoding?: Partial<DecodingOptions>;
  /** How tokens are chosen; overrides the strategy the decoding options name. */
  readonly strategy?: DecodingStrategy;
}

function vocabId(vocab: readonly string[], token: string, where: string): number {
  const id = vocab.indexOf(token);
  if (id < 0) throw new RangeError(`${where}: the vocabulary has no ${token}`);
  return id;
}

/** The forward pass for a sentence. Throws a RangeError with a one-line reason for empty input. */
export function forward(model: Seq2SeqModel, input: string, options: ForwardOptions = {}): Trace {
  const source = tokenize(input, model.source.vocab);
  if (source.length === 0) throw new RangeError("input: expected at least one word");
  let target = options.target;
  if (typeof target === "string") target = tokenize(target, model.target.vocab).map((t) => t.id);
  return forwardTokens(model, source, { ...options, target });
}

/** c = m(h_1..h_T) (none under attention), s_0 and an LSTM decoder's C_0 (notation.md; seed 002). */
export function contextStep(model: Seq2SeqModel, enc: EncoderResult): ContextStep {
  const dec = model.decoder;
  const { H } = enc;
  const map = model.encoder.context;
  const attention = dec.variant === "attention";
  const c = attention ? undefined : map === "mean" ? mean(H) : map === "final" ? enc.h_final : H[H.length - 1]!;
  // s_0 is the context vector (seed 002); under attention there is no single c, so s_0 = h_T, or
  // the final states [h→_T; h←_1] (PyTorch's h_n) with the map "final".
  const s0From = dec.init === "zeros" ? "zeros" : c ? "c" : map === "final" ? "final" : "h_T";
  const s_0 = s0From === "zeros" ? zeros(dec.hidden) : s0From === "final" ? enc.h_final : (c ?? H[H.length - 1]!);
  const C_0 = dec.cell !== "lstm" ? undefined : dec.init === "zeros" ? zeros(dec.hidden) : map === "final" ? enc.C_final : enc.C_T;
  return { kind: "context", id: "ctx", map: attention ? "attention" : map, init: dec.init, s0From, ...(c ? { c } : {}), s_0, ...(C_0 ? { C_0 } : {}) };
}

/** The tokens the encoder reads: the words, then <eos> when the model's source says so (PyTorch's tutorial). */
export function encoderInput(model: Seq2SeqModel, words: readonly SourceToken[]): readonly SourceToken[] {
  if (!model.source.appendEos) return words;
  const eos = SPECIAL_TOKENS.eos;
  return [...words, { text: eos, token: eos, id: vocabId(model.source.vocab, eos, "source.vocab"), unknown: false }];
}

/** The trace's summary of a model's architecture. */
export function traceModel(model: Seq2SeqModel): Trace["model"] {
  const d = model.decoder;
  return {
    name: model.name,
    encoderCell: model.encoder.cell,
    decoderCell: d.cell,
    bidirectional: model.encoder.bidirectional,
    variant: d.variant,
    ...(d.variant === "attention" && d.attention ? { score: d.attention.score, query: d.attention.query } : {}),
  };
}

/** The forward pass for tokens already looked up (training calls this with ids). */
export function forwardTokens(model: Seq2SeqModel, words: readonly SourceToken[], options: { target?: readonly number[]; decoding?: Partial<DecodingOptions>; strategy?: DecodingStrategy } = {}): Trace {
  const source = encoderInput(model, words);
  const decoding = { ...model.decoding, ...options.decoding };
  const strategy = options.strategy ?? strategyOf(decoding);
  const vocab = model.target.vocab;
  const sos = vocabId(vocab, SPECIAL_TOKENS.sos, "target.vocab");
  const eos = vocabId(vocab, SPECIAL_TOKENS.eos, "target.vocab");
  const xs = source.map((tok) => row(model.source.embeddings, tok.id));
  const enc = encode(model.encoder, xs, source);
  const ctx = contextStep(model, enc);
  const steps: TraceStep[] = [...enc.steps];
  if (model.encoder.bidirectional) steps.push({ kind: "merge", id: "enc.merge", H: enc.H });
  steps.push(ctx);

  const forced = options.target ? [...options.target, eos] : undefined;
  const limit = forced ? forced.length : decoding.maxLength;
  const choose = tokenChooser(strategy);
  let yPrev = sos;
  let s_prev = ctx.s_0;
  let C_prev = ctx.C_0 ?? zeros(model.decoder.hidden);
  const ids: number[] = [];
  let stop: "eos" | "limit" = "limit";
  let logProb = 0;
  for (let t = 1; t <= limit; t++) {
    const core = decoderStep(model, { t, yPrev, s_prev, C_prev, H: enc.H, ...(ctx.c ? { c: ctx.c } : {}) });
    const { y, pSample } = forced ? { y: forced[t - 1]!, pSample: undefined } : choose(core.logits, core.p);
    const step: DecoderStep = { ...core, ...(pSample ? { pSample } : {}), y, token: vocab[y]!, forced: forced !== undefined };
    steps.push(step);
    logProb += logSoftmax(core.logits)[y]!;
    if (y === eos) {
      stop = "eos";
      break;
    }
    ids.push(y);
    yPrev = y;
    s_prev = core.s_t;
    C_prev = core.C_t ?? C_prev;
  }
  const tokens = ids.map((i) => vocab[i]!);
  return {
    model: traceModel(model),
    source,
    strategy,
    H: enc.H,
    steps,
    output: { ids, tokens, text: detokenize(tokens), stop, logProb },
  };
}
