// The trace as a flat list of entries: each value with its id, its formula id and the ids of the
// values (and parameters, as "param:path") it was computed from, in reading order. Built on demand
// from the step records, so the forward pass itself only records values.

import type { ReadonlyVec } from "./tensor.ts";
import type { CellRecord, DecoderStep, EncoderStep, Trace, TraceStep } from "./trace.ts";
import type { CellFormulaId, FormulaId } from "./formulas.ts";
import { GRU_FORMULAS, LSTM_FORMULAS, RNN_FORMULAS } from "./cells/index.ts";
import { ADDITIVE_BIAS_FORMULAS, ADDITIVE_FORMULAS, CONTEXT_FORMULAS, SCORE_FORMULAS } from "./attention/index.ts";
import { OUTPUT_FORMULAS } from "./output.ts";
import { encoderOutputId, paramId } from "./entryIds.ts";

export interface TraceEntry {
  /** Unique within the trace: "enc.f.2.f_t", "dec.1.alpha", "ctx.c". */
  readonly id: string;
  /** The index of the step in trace.steps. */
  readonly step: number;
  /** The symbol as the lessons name it: "f_t", "alpha", "s_t". */
  readonly name: string;
  readonly formula: FormulaId;
  readonly from: readonly string[];
  readonly value: ReadonlyVec;
}

type Add = (name: string, formula: FormulaId, from: readonly string[], value: ReadonlyVec) => void;

/** What a cell's h_prev, x_t and C_prev are called where the cell sits. */
interface CellRefs {
  readonly h_prev: string;
  readonly x_t: string;
  readonly C_prev: string;
  readonly params: string;
}

function cellEntries(r: CellRecord, add: Add, refs: CellRefs, prefix: "" | "dec.", state: "h_t" | "s_t"): void {
  const p = (n: string) => paramId(`${refs.params}.${n}`);
  const hx = [refs.h_prev, refs.x_t];
  const f = (id: CellFormulaId) => `${prefix}${id}` as FormulaId;
  switch (r.kind) {
    case "rnn":
      add(state, f(RNN_FORMULAS.h_t), [...hx, p("W_h"), p("W_x"), p("b")], r.h_t);
      return;
    case "lstm": {
      const F = LSTM_FORMULAS;
      add("f_t", f(F.f_t), [...hx, p("W_f"), p("b_f")], r.f_t);
      add("i_t", f(F.i_t), [...hx, p("W_i"), p("b_i")], r.i_t);
      add("o_t", f(F.o_t), [...hx, p("W_o"), p("b_o")], r.o_t);
      add("Ctilde_t", f(F.Ctilde_t), [...hx, p("W_C"), p("b_C")], r.Ctilde_t);
      add("C_t", f(F.C_t), ["f_t", refs.C_prev, "i_t", "Ctilde_t"], r.C_t);
      add(state, f(F.h_t), ["o_t", "C_t"], r.h_t);
      return;
    }
    case "gru-reset-before":
    case "gru-reset-after": {
      const F = GRU_FORMULAS[r.kind];
      add("z_t", f(F.z_t), [...hx, p("W_z"), p("b_z")], r.z_t);
      add("r_t", f(F.r_t), [...hx, p("W_r"), p("b_r")], r.r_t);
      if ("u_t" in F) {
        add("u_t", f(F.u_t), [refs.h_prev, p("W_nh"), p("b_nh")], r.u_t!);
        add("n_t", f(F.n_t), ["r_t", "u_t", refs.x_t, p("W_nx"), p("b_nx")], r.n_t);
      } else add("n_t", f(F.n_t), ["r_t", ...hx, p("W_n"), p("b_n")], r.n_t);
      add(state, f(F.h_t), ["z_t", "n_t", refs.h_prev], r.h_t);
    }
  }
}

/** The id of encoder output h_j (1-based) as the decoder reads it. */
function hId(trace: Trace, j: number): string {
  return encoderOutputId({ T: trace.source.length, bidirectional: trace.model.bidirectional }, j);
}

function encoderEntries(s: EncoderStep, add: Add, T: number): void {
  const d = s.direction === "forward" ? "f" : "b";
  const prevT = s.direction === "forward" ? s.t - 1 : s.t + 1;
  const first = s.direction === "forward" ? s.t === 1 : s.t === T;
  if (first) add("h_0", "init.zero", [], s.cell.h_prev);
  if (first && s.cell.kind === "lstm") add("C_0", "init.zero", [], s.cell.C_prev);
  const prev = first ? `${s.id}.h_0` : `enc.${d}.${prevT}.h_t`;
  add("x_t", "embed.source", [paramId("source.embeddings")], s.cell.x_t);
  const params = d === "f" ? "encoder.weights" : "encoder.backwardWeights";
  cellEntries(s.cell, add, { h_prev: prev, x_t: "x_t", C_prev: first ? `${s.id}.C_0` : `enc.${d}.${prevT}.C_t`, params }, "", "h_t");
}

function decoderEntries(trace: Trace, s: DecoderStep, add: Add, prevState: string, prevMemory: string): void {
  const H = trace.H.map((_, j) => hId(trace, j + 1));
  add("y_prev", "embed.target", [s.t === 1 ? paramId("target.embeddings") : `dec.${s.t - 1}.y`], s.y_prev);
  const a = s.attention;
  const attentionEntries = (q: string) => {
    if (!a) return;
    const additive = a.biased ? ADDITIVE_BIAS_FORMULAS : ADDITIVE_FORMULAS;
    if (a.u) a.u.forEach((u, j) => add(`u_${j + 1}`, additive.u, [q, H[j]!], u));
    add("e", a.biased ? additive.e : SCORE_FORMULAS[a.score], [q, ...H], a.e);
    add("alpha", CONTEXT_FORMULAS.alpha, ["e"], a.alpha);
    add("c", CONTEXT_FORMULAS.c, ["alpha", ...H], a.c);
  };
  if (a?.query === "previous") attentionEntries(prevState);
  const fixedC = trace.model.variant === "every-step" ? "ctx.c" : "c";
  const concat = s.cell.x_t !== s.y_prev;
  if (concat) add("x_t", "dec.input", ["y_prev", fixedC], s.cell.x_t);
  cellEntries(s.cell, add, { h_prev: prevState, x_t: concat ? "x_t" : "y_prev", C_prev: prevMemory, params: "decoder.weights" }, "dec.", "s_t");
  if (a?.query === "current") {
    attentionEntries("s_t");
    add("readout", "dec.readout", ["s_t", "c"], s.readout);
  }
  const O = OUTPUT_FORMULAS;
  add("logits", O.logits, [a?.query === "current" ? "readout" : "s_t", paramId("decoder.output.W_out"), paramId("decoder.output.b_out")], s.logits);
  add("p", O.p, ["logits"], s.p);
  if (s.pSample) add("p_tau", O.pSample, ["logits"], s.pSample);
  add("y", s.forced ? O.forced : s.pSample ? O.sample : O.argmax, [s.pSample ? "p_tau" : "p"], [s.y]);
}

const cache = new WeakMap<Trace, readonly TraceEntry[]>();

/** Every value of the trace as an entry, in reading order. Computed once per trace. */
export function traceEntries(trace: Trace): readonly TraceEntry[] {
  const hit = cache.get(trace);
  if (hit) return hit;
  const out: TraceEntry[] = [];
  const T = trace.source.length;
  trace.steps.forEach((s: TraceStep, k) => {
    const local = new Set<string>();
    const add: Add = (name, formula, from, value) => {
      local.add(name);
      // Names of values made earlier in the same step resolve to this step's ids.
      const resolved = from.map((f) => (local.has(f) ? `${s.id}.${f}` : f));
      out.push({ id: `${s.id}.${name}`, step: k, name, formula, from: resolved, value });
    };
    if (s.kind === "encoder") encoderEntries(s, add, T);
    else if (s.kind === "merge") s.H.forEach((h, j) => out.push({ id: hId(trace, j + 1), step: k, name: `h_${j + 1}`, formula: "bi.concat", from: [`enc.f.${j + 1}.h_t`, `enc.b.${j + 1}.h_t`], value: h }));
    else if (s.kind === "context") {
      const Hs = trace.H.map((_, j) => hId(trace, j + 1));
      const bi = trace.model.bidirectional;
      // The map "final" reads each direction's last state: h→_T and, when bidirectional, h←_1.
      const final = bi ? [`enc.f.${T}.h_t`, "enc.b.1.h_t"] : [Hs[T - 1]!];
      const C = { last: ["ctx.last", [Hs[T - 1]!]], mean: ["ctx.mean", Hs], final: ["ctx.final", final] } as const;
      if (s.c && s.map !== "attention") add("c", C[s.map][0], C[s.map][1], s.c);
      const S0 = { zeros: ["init.zero", []], c: ["init.context", ["c"]], h_T: ["init.last", [Hs[T - 1]!]], final: ["init.final", final] } as const;
      add("s_0", S0[s.s0From][0], S0[s.s0From][1], s.s_0);
      const zero = s.init === "zeros";
      const lastC = s.map === "final" || s.s0From === "final" ? "1" : `${T}`;
      const C_T = bi ? [`enc.f.${T}.C_t`, `enc.b.${lastC}.C_t`] : [`enc.f.${T}.C_t`];
      if (s.C_0) add("C_0", zero ? "init.zero" : "init.context", zero ? [] : C_T, s.C_0);
    } else {
      const prevState = s.t === 1 ? "ctx.s_0" : `dec.${s.t - 1}.s_t`;
      const prevMemory = s.t === 1 ? "ctx.C_0" : `dec.${s.t - 1}.C_t`;
      decoderEntries(trace, s, add, prevState, prevMemory);
    }
  });
  cache.set(trace, out);
  return out;
}

/** The entry with the given id, or undefined. */
export function entryById(trace: Trace, id: string): TraceEntry | undefined {
  return traceEntries(trace).find((e) => e.id === id);
}
