// The PyTorch comparison fixtures (tests/fixtures/interop, written by make_reference.py) and the
// comparison of one reference sentence with the core's trace: the largest absolute difference per
// quantity, how many numbers each compared, and the greedy tokens on both sides.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Seq2SeqModel } from "../../src/core/model.ts";
import { forward } from "../../src/core/forward.ts";
import type { DecoderStep, EncoderStep, Trace } from "../../src/core/trace.ts";
import { parseModelText } from "../../src/model/index.ts";

export const FIXTURES = "tests/fixtures/interop";

interface State {
  h: number[];
  C?: number[];
}

export interface ReferenceStep {
  e?: number[];
  alpha?: number[];
  c?: number[];
  s: number[];
  C?: number[];
  logits: number[];
  y: number;
}

export interface ReferenceSentence {
  input: string;
  tokens: string[];
  stop: "eos" | "limit";
  encoder: { H: number[][]; forward: State[]; backward: State[]; h_n: number[]; c_n?: number[] };
  s_0: number[];
  C_0?: number[];
  steps: ReferenceStep[];
}

export interface Reference {
  model: string;
  kind: "tutorial" | "plain";
  sentences: ReferenceSentence[];
}

export interface Manifest {
  models: string[];
  sources: Record<string, string>;
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

export function loadManifest(dir = FIXTURES): Manifest {
  return readJson<Manifest>(join(dir, "manifest.json"));
}

export function loadReference(name: string, dir = FIXTURES): Reference {
  return readJson<Reference>(join(dir, `${name}.reference.json`));
}

/** The exported model file, parsed by the project's own reader; its first error is thrown. */
export function loadModel(name: string, dir = FIXTURES): Seq2SeqModel {
  const parsed = parseModelText(readFileSync(join(dir, `${name}.json`), "utf8"));
  if (!parsed.ok) throw new Error(`${name}.json: ${parsed.errors[0]!.message}`);
  return parsed.model;
}

/** Largest |a − b| and the count of numbers compared, by quantity. */
export type Diffs = Map<string, { max: number; count: number }>;

function note(diffs: Diffs, what: string, a: ArrayLike<number> | undefined, b: readonly number[] | undefined): void {
  if (b === undefined) return;
  if (a === undefined || a.length < b.length) throw new Error(`${what}: the trace has ${a?.length ?? "no"} values, PyTorch ${b.length}`);
  const d = diffs.get(what) ?? { max: 0, count: 0 };
  for (let i = 0; i < b.length; i++) d.max = Math.max(d.max, Math.abs(a[i]! - b[i]!));
  d.count += b.length;
  diffs.set(what, d);
}

function compareEncoder(trace: Trace, ref: ReferenceSentence, diffs: Diffs): void {
  const steps = trace.steps.filter((s): s is EncoderStep => s.kind === "encoder");
  for (const s of steps) {
    const r = (s.direction === "forward" ? ref.encoder.forward : ref.encoder.backward)[s.t - 1];
    if (r === undefined) throw new Error(`${s.id}: PyTorch has no state at position ${s.t}`);
    note(diffs, `encoder h_t (${s.direction})`, s.cell.h_t, r.h);
    if (s.cell.kind === "lstm") note(diffs, `encoder C_t (${s.direction})`, s.cell.C_t, r.C);
  }
  ref.encoder.H.forEach((h, j) => note(diffs, "encoder output h_j", trace.H[j], h));
}

function compareDecoder(step: DecoderStep, r: ReferenceStep, diffs: Diffs): void {
  note(diffs, "attention score e", step.attention?.e, r.e);
  note(diffs, "attention weight α", step.attention?.alpha, r.alpha);
  note(diffs, "context c_t'", step.attention?.c, r.c);
  note(diffs, "decoder state s_t'", step.s_t, r.s);
  note(diffs, "decoder memory C_t'", step.C_t, r.C);
  note(diffs, "logits", step.logits, r.logits);
}

/** The trace of one reference sentence, its differences from PyTorch, and the tokens each wrote. */
export function compare(model: Seq2SeqModel, ref: ReferenceSentence, diffs: Diffs): { trace: Trace; ours: string[]; extraLogits: number[] } {
  const trace = forward(model, ref.input);
  if (trace.H.length !== ref.encoder.H.length) throw new Error(`${ref.input}: the core read ${trace.H.length} tokens, PyTorch ${ref.encoder.H.length}`);
  compareEncoder(trace, ref, diffs);
  const ctx = trace.steps.find((s) => s.kind === "context")!;
  note(diffs, "initial state s_0", ctx.s_0, ref.s_0);
  note(diffs, "initial memory C_0", ctx.C_0, ref.C_0);
  const steps = trace.steps.filter((s): s is DecoderStep => s.kind === "decoder");
  if (steps.length !== ref.steps.length) throw new Error(`${ref.input}: the core took ${steps.length} decoder steps, PyTorch ${ref.steps.length}`);
  const extraLogits: number[] = [];
  steps.forEach((s, k) => {
    compareDecoder(s, ref.steps[k]!, diffs);
    extraLogits.push(...Array.from(s.logits).slice(ref.steps[k]!.logits.length));
  });
  return { trace, ours: [...trace.output.tokens], extraLogits };
}
