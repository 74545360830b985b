// The formulas of the step under the cursor: the templates of formulas.ts with the step's values
// beside them (the panel writes them as numbers, formulaLayout.ts), and each pointable term bound to
// the id of its value in the pictures.

import type { CellRecord, ContextStep, DecoderStep, EncoderStep, MergeStep, Trace, TraceStep } from "../../core/trace.ts";
import { ADDITIVE_BIAS_FORMULAS, CONTEXT_FORMULAS, SCORE_FORMULAS } from "../../core/attention/index.ts";
import { ATTENTION_TEMPLATES, CELL_TEMPLATES, CONTEXT_TEMPLATES, DECODER_TEMPLATES, mergeTemplate, type CellLineId, type Notation } from "./formulas.ts";
import { en, type Messages } from "../i18n/en.ts";
import { fmt, texWord } from "../kit/format.ts";
import { outputLines } from "./outputFormulas.ts";
import { symIds, type SymId } from "../kit/symbolIds.ts";
import type { FormulaLine, FormulaValue } from "./formulaLine.ts";
import { cellParamShapes } from "../../core/model.ts";
import { paramId } from "../../core/entryIds.ts";

export { substitute, type FormulaLine, type FormulaValue } from "./formulaLine.ts";

type Values = Readonly<Record<string, FormulaValue>>;

type Caption = keyof Messages["captions"];

const CELL_LINES: Record<CellRecord["kind"], readonly [CellLineId, Caption][]> = {
  rnn: [["inputs", "inputs"], ["rnn.h", "newState"]],
  lstm: [["inputs", "inputs"], ["lstm.f", "forgetGate"], ["lstm.i", "inputGate"], ["lstm.o", "outputGate"], ["lstm.Ctilde", "candidate"], ["lstm.C", "memoryCell"], ["lstm.h", "newState"]],
  "gru-reset-before": [["inputs", "inputs"], ["gru.z", "updateGate"], ["gru.r", "resetGate"], ["gru.n.before", "candidateBefore"], ["gru.h", "newState"]],
  "gru-reset-after": [["inputs", "inputs"], ["gru.z", "updateGate"], ["gru.r", "resetGate"], ["gru.n.after", "candidateAfter"], ["gru.h", "newState"]],
};

function cellValues(r: CellRecord): Values {
  const v: Record<string, FormulaValue> = { hPrev: r.h_prev, x: r.x_t, h: r.h_t };
  if (r.kind === "lstm") Object.assign(v, { f: r.f_t, i: r.i_t, o: r.o_t, Ctilde: r.Ctilde_t, C: r.C_t, CPrev: r.C_prev });
  if (r.kind === "gru-reset-before" || r.kind === "gru-reset-after") Object.assign(v, { z: r.z_t, r: r.r_t, n: r.n_t, ...(r.u_t ? { u: r.u_t } : {}) });
  return v;
}

/** The values of a gate (σ, in [0, 1]) or a candidate (tanh, in [−1, 1]) line, for the saturation mark. */
function boundedValues(id: CellLineId, r: CellRecord): { values: ArrayLike<number>; ends: readonly [number, number] } | undefined {
  if (r.kind === "lstm") {
    const gates: Partial<Record<CellLineId, ArrayLike<number>>> = { "lstm.f": r.f_t, "lstm.i": r.i_t, "lstm.o": r.o_t };
    if (gates[id]) return { values: gates[id], ends: [0, 1] };
    if (id === "lstm.Ctilde") return { values: r.Ctilde_t, ends: [-1, 1] };
  } else if (r.kind !== "rnn") {
    if (id === "gru.z") return { values: r.z_t, ends: [0, 1] };
    if (id === "gru.r") return { values: r.r_t, ends: [0, 1] };
    if (id === "gru.n.before" || id === "gru.n.after") return { values: r.n_t, ends: [-1, 1] };
  }
  return undefined;
}

/**
 * A gate at exactly 0 or 1 (a candidate at exactly ±1) no longer responds to its inputs: huge weights
 * push it there (the core saturates overflowing sums, docs/core.md), and the caption says so.
 */
function saturatedCaption(id: CellLineId, caption: string, r: CellRecord, t: Messages): string {
  const bounded = boundedValues(id, r);
  const at = bounded ? Array.from(bounded.values).filter((x) => x === bounded.ends[0] || x === bounded.ends[1]).length : 0;
  const [low = "", high = ""] = bounded?.ends.map((x) => String(x).replace("-", "−")) ?? [];
  return at === 0 ? caption : t.captions.saturated(caption, at, bounded!.values.length, low, high);
}

/** Each parameter name a template writes (W_f), bound to its param: id under `prefix` ("encoder.weights"). */
function paramBindings(prefix: string, names: readonly string[]): Record<string, SymId> {
  return Object.fromEntries(names.map((name) => [name, paramId(`${prefix}.${name}`)]));
}

const ATTENTION_PARAMS = ["W_a", "W_s", "W_h", "v", "b_s", "b_h", "b_v"];
const OUTPUT_PARAMS = ["W_out", "b_out"];

/** `fold`: a decoder step folds every line but the new state's. `params`: where the cell's weights live. */
function cellLines(key: string, r: CellRecord, n: Notation, terms: Record<string, SymId>, params: string, t: Messages, fold = false): FormulaLine[] {
  const values = cellValues(r);
  const bindings = { ...paramBindings(params, cellParamShapes(r.kind, 1, 1, params).map((p) => p.name)), ...terms };
  const ids = CELL_LINES[r.kind];
  return ids.map(([id, caption], k) => ({
    key: `${key}:${id}`,
    caption: saturatedCaption(id, t.captions[caption] as string, r, t),
    tex: CELL_TEMPLATES[id](n),
    values,
    bindings,
    ...(fold && k < ids.length - 1 ? { fold: "cell" as const } : {}),
  }));
}

function encoderLines(step: EncoderStep, trace: Trace, words: Messages): FormulaLine[] {
  const { t } = step;
  const forward = step.direction === "forward";
  const prev = forward ? t - 1 : t + 1;
  const bi = trace.model.bidirectional;
  const arrow = (s: string) => (!bi ? s : forward ? `\\overrightarrow{${s}}` : `\\overleftarrow{${s}}`);
  // The backward pass starts from h_{T+1} = 0, as the forward pass starts from h_0 = 0.
  const n: Notation = { t: String(t), h: `\\sh{${arrow("h")}_{${t}}}`, hPrev: `\\sh{${arrow("h")}_{${prev}}}`, x: `\\sx{x_{${t}}}`, C: `\\sC{${arrow("C")}_{${t}}}`, CPrev: `\\sC{${arrow("C")}_{${prev}}}` };
  const d = bi ? (forward ? "f" : "b") : undefined;
  const symId = symIds(trace);
  const bindings = { h: symId("h", t, d), hPrev: symId("h", prev, d), x: symId("x", t), C: symId("C", t, d), CPrev: symId("C", prev, d) };
  return cellLines(step.id, step.cell, n, bindings, forward ? "encoder.weights" : "encoder.backwardWeights", words);
}

function mergeLines(step: MergeStep, trace: Trace, t: Messages): FormulaLine[] {
  const symId = symIds(trace);
  return step.H.map((h, j) => ({
    key: `merge:${j}`,
    caption: j === 0 ? t.captions.bothDirections : "",
    tex: mergeTemplate(j + 1),
    values: { h },
    bindings: { h: symId("h", j + 1), hf: symId("h", j + 1, "f"), hb: symId("h", j + 1, "b") },
  }));
}

function contextLines(step: ContextStep, trace: Trace, t: Messages): FormulaLine[] {
  const T = trace.source.length;
  const symId = symIds(trace);
  const b = { c: symId("c"), hT: symId("h", T), s: symId("s", 0), CT: symId("C", T) };
  const lines: FormulaLine[] = [];
  // The map "final" of a unidirectional encoder is h_T: the formula of "last".
  const bi = trace.model.bidirectional;
  const map = step.map === "final" && !bi ? "last" : step.map;
  const tex = map === "attention" ? CONTEXT_TEMPLATES.attention() : CONTEXT_TEMPLATES[map](T);
  lines.push({ key: "ctx:c", caption: step.map === "attention" ? t.captions.contextAttention : t.captions.context, tex, values: step.c ? { c: step.c } : {}, bindings: b });
  const S0 = { c: CONTEXT_TEMPLATES.s0FromC, h_T: CONTEXT_TEMPLATES.s0FromH, final: bi ? CONTEXT_TEMPLATES.s0Final : CONTEXT_TEMPLATES.s0FromH, zeros: CONTEXT_TEMPLATES.s0Zeros };
  lines.push({ key: "ctx:s0", caption: t.captions.decoderStart, tex: S0[step.s0From](T), values: { s: step.s_0 }, bindings: b });
  const finalC = bi && (step.map === "final" || step.s0From === "final") && step.init === "context";
  const C0 = finalC ? CONTEXT_TEMPLATES.C0Final(T) : CONTEXT_TEMPLATES.C0(T);
  if (step.C_0) lines.push({ key: "ctx:C0", caption: t.captions.decoderMemory, tex: C0, values: { C: step.C_0 }, bindings: b });
  return lines;
}

function attentionLines(step: DecoderStep, trace: Trace, words: Messages): FormulaLine[] {
  const a = step.attention!;
  const t = step.t;
  const symId = symIds(trace);
  const qT = a.query === "previous" ? `\\ss{s_{${t - 1}}}` : `\\ss{s_{${t}}}`;
  const b = { ...paramBindings("decoder.attention.weights", ATTENTION_PARAMS), e: symId("e", t), q: symId("s", a.query === "previous" ? t - 1 : t), alpha: symId("alpha", t), c: symId("c", t) };
  const scoreTex = a.score === "scaled" ? ATTENTION_TEMPLATES[SCORE_FORMULAS.scaled](t, qT, a.q.length) : a.biased ? ATTENTION_TEMPLATES[ADDITIVE_BIAS_FORMULAS.e](t, qT) : ATTENTION_TEMPLATES[SCORE_FORMULAS[a.score]](t, qT);
  const terms = Array.from(a.alpha, (_w, j) => `⟦alpha|⟨a${j + 1}⟩⟧\\,⟦h${j + 1}|\\sh{h_{${j + 1}}}⟧`).join(" + ");
  const hb = Object.fromEntries(trace.source.map((_tok, j) => [`h${j + 1}`, symId("h", j + 1)]));
  const weights = Object.fromEntries(Array.from(a.alpha, (w, j) => [`a${j + 1}`, w]));
  const values = { e: a.e, alpha: a.alpha, c: a.c, ...weights };
  return [
    { key: `${step.id}:score`, caption: words.captions.score(words.names.scores[a.score]), tex: scoreTex, values: {}, bindings: b },
    { key: `${step.id}:e`, caption: words.captions.scores, tex: ATTENTION_TEMPLATES.scores(t), values, bindings: b },
    { key: `${step.id}:alpha`, caption: words.captions.weights, tex: ATTENTION_TEMPLATES[CONTEXT_FORMULAS.alpha](t), values, bindings: b },
    { key: `${step.id}:c`, caption: words.captions.context, tex: ATTENTION_TEMPLATES[CONTEXT_FORMULAS.c](t, terms), values, bindings: { ...b, ...hb } },
  ];
}

function decoderLines(step: DecoderStep, trace: Trace, vocab: readonly string[], words: Messages): FormulaLine[] {
  const t = step.t;
  const variant = trace.model.variant;
  const query = step.attention?.query;
  const symId = symIds(trace);
  const b = { s: symId("s", t), sPrev: symId("s", t - 1), yPrev: symId("y", t - 1), c: step.attention ? symId("c", t) : symId("c"), y: symId("y", t), p: symId("p", t) };
  const variantTex = variant === "attention" ? DECODER_TEMPLATES[query === "current" ? "attention.current" : "attention.previous"](t) : DECODER_TEMPLATES[variant](t);
  const lines: FormulaLine[] = [
    // What the cell reads and the token it is: one line, two equations.
    { key: `${step.id}:variant`, caption: words.captions.decoderStep, tex: `${variantTex},\\quad ${DECODER_TEMPLATES.token(t, texWord(step.yPrevToken))}`, values: {}, bindings: b },
  ];
  const cellX = variant === "initial" || query === "current" ? `\\sy{y_{${t - 1}}}` : `[\\sy{y_{${t - 1}}};\\,\\sc{c${step.attention ? `_{${t}}` : ""}}]`;
  const n: Notation = { t: String(t), h: `\\ss{s_{${t}}}`, hPrev: `\\ss{s_{${t - 1}}}`, x: cellX, C: `\\sC{C^{\\mathrm{dec}}_{${t}}}`, CPrev: `\\sC{C^{\\mathrm{dec}}_{${t - 1}}}` };
  const cellBindings = { h: b.s, hPrev: b.sPrev, x: b.yPrev };
  if (query === "previous") lines.push(...attentionLines(step, trace, words));
  lines.push(...cellLines(step.id, step.cell, n, cellBindings, "decoder.weights", words, true));
  if (query === "current") lines.push(...attentionLines(step, trace, words));
  const readout = query === "current" ? `[⟦s|\\ss{s_{${t}}}⟧;\\,⟦c|\\sc{c_{${t}}}⟧]` : `⟦s|\\ss{s_{${t}}}⟧`;
  lines.push(...outputLines(step, trace, vocab, readout, { ...b, ...paramBindings("decoder.output", OUTPUT_PARAMS) }, words));
  return lines;
}

/** The formulas of one step of the trace, numbers substituted, captions in the reader's language. */
export function stepFormulas(trace: Trace, step: TraceStep, vocab: readonly string[], t: Messages = en): FormulaLine[] {
  switch (step.kind) {
    case "encoder":
      return encoderLines(step, trace, t);
    case "merge":
      return mergeLines(step, trace, t);
    case "context":
      return contextLines(step, trace, t);
    case "decoder":
      return decoderLines(step, trace, vocab, t);
  }
}

/** A step's title, in words: "Encoder, forward, t = 2 (love)". */
export function stepTitle(step: TraceStep, trace: Trace, t: Messages = en): string {
  switch (step.kind) {
    case "encoder":
      return t.steps.encoderTitle(step.t, step.token.text, trace.model.bidirectional ? t.steps[step.direction] : undefined);
    case "merge":
      return t.steps.mergeTitle;
    case "context":
      return t.steps.contextTitle;
    case "decoder":
      return t.steps.decoderTitle(step.t, step.yPrevToken, step.token);
  }
}

/**
 * A step in one sentence, for the presentation and for screen readers: "Decoder step 2: attention
 * puts 0.71 on “you”; the decoder writes t'". The attention named is the step's largest weight.
 */
export function stepSentence(step: TraceStep, trace: Trace, t: Messages = en): string {
  switch (step.kind) {
    case "encoder":
      return t.steps.encoderSentence(step.t, step.token.text, trace.model.bidirectional ? t.steps[step.direction] : undefined);
    case "merge":
      return t.steps.mergeSentence;
    case "context":
      return t.steps.contextSentence(trace.source.length, step.map === "attention");
    case "decoder": {
      const alpha = step.attention?.alpha;
      if (!alpha || alpha.length === 0) return t.steps.decoderSentence(step.t, step.yPrevToken, step.token);
      let j = 0;
      for (let k = 1; k < alpha.length; k++) if (alpha[k]! > alpha[j]!) j = k;
      return t.steps.decoderAttentionSentence(step.t, fmt(alpha[j]!, 2), trace.source[j]?.text ?? "", step.token);
    }
  }
}
