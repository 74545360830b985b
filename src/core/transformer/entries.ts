// The Transformer trace as a flat list of entries: each value with its id, formula id and the ids of
// the values (and parameters, as "param:path") it was computed from, in reading order, so a picture
// can draw the arrows of seed 004's Q, K, V flow. Built on demand from the records.

import type { Mat, ReadonlyVec } from "../tensor.ts";
import type { AddNormRecord } from "./addnorm.ts";
import type { FeedForwardRecord } from "./ffn.ts";
import type { TransformerFormulaId } from "./formulas.ts";
import type { MultiHeadRecord } from "./multihead.ts";
import type { DecoderPass } from "./stack.ts";
import type { TransformerDecoderStep, TransformerTrace } from "./trace.ts";
import { paramId } from "../entryIds.ts";

export interface TransformerTraceEntry {
  /** Unique within the trace: "enc.1.self.h2.weights", "dec.3.2.cross.h1.weights", "dec.3.y". */
  readonly id: string;
  /** The index in trace.decoder of the step it belongs to; absent for the encoder. */
  readonly step?: number;
  readonly formula: TransformerFormulaId;
  readonly from: readonly string[];
  /** A matrix (rows are tokens), a vector (one value per token, or per vocabulary entry) or a number list. */
  readonly value: Mat | ReadonlyVec;
}

type Add = (id: string, formula: TransformerFormulaId, from: readonly string[], value: Mat | ReadonlyVec) => void;

/** Q, K, V, each head's scores, mask, weights and output, the concatenation and W^O's output. */
function multiHeadEntries(r: MultiHeadRecord, add: Add, id: string, q: string, kv: string, params: string): string {
  const P = (n: string) => paramId(`${params}.${n}`);
  add(`${id}.Q`, "tf.project", [q, P("W_Q")], r.Q);
  add(`${id}.K`, "tf.project", [kv, P("W_K")], r.K);
  add(`${id}.V`, "tf.project", [kv, P("W_V")], r.V);
  r.heads.forEach((h, k) => {
    const hid = `${id}.h${k + 1}`;
    add(`${hid}.scores`, "tf.scores", [`${id}.Q`, `${id}.K`], h.scores);
    add(`${hid}.mask`, "tf.mask", [], h.mask);
    add(`${hid}.weights`, "tf.softmax", [`${hid}.scores`, `${hid}.mask`], h.weights);
    add(`${hid}.output`, "tf.attention", [`${hid}.weights`, `${id}.V`], h.output);
  });
  add(`${id}.concat`, "tf.multihead.concat", r.heads.map((_, k) => `${id}.h${k + 1}.output`), r.concat);
  add(`${id}.output`, "tf.multihead.output", [`${id}.concat`, P("W_O")], r.output);
  return `${id}.output`;
}

/** The residual sum, the layer norm's mean and variance per token, and its output. */
function addNormEntries(r: AddNormRecord, add: Add, id: string, x: string, sublayer: string, params: string): string {
  add(`${id}.sum`, "tf.residual", [x, sublayer], r.sum);
  add(`${id}.mean`, "tf.layernorm", [`${id}.sum`], r.norm.mean);
  add(`${id}.variance`, "tf.layernorm", [`${id}.sum`, `${id}.mean`], r.norm.variance);
  add(`${id}.out`, "tf.layernorm", [`${id}.sum`, `${id}.mean`, `${id}.variance`, paramId(`${params}.gamma`), paramId(`${params}.beta`)], r.output);
  return `${id}.out`;
}

function ffnEntries(r: FeedForwardRecord, add: Add, id: string, x: string, params: string): string {
  add(`${id}.hidden`, "tf.ffn", [x, paramId(`${params}.W_1`), paramId(`${params}.b_1`)], r.hidden);
  add(`${id}.out`, "tf.ffn", [`${id}.hidden`, paramId(`${params}.W_2`), paramId(`${params}.b_2`)], r.output);
  return `${id}.out`;
}

function encoderEntries(trace: TransformerTrace, add: Add): string {
  const e = trace.encoder;
  add("enc.PE", "tf.pe", [], e.embedding.PE);
  add("enc.X", "tf.embed", [paramId("source.embeddings"), "enc.PE"], e.embedding.X);
  let x = "enc.X";
  e.layers.forEach((L, l) => {
    const p = `enc.${l + 1}`;
    const w = `encoder.${l}`;
    const a = multiHeadEntries(L.selfAttention, add, `${p}.self`, x, x, `${w}.selfAttention`);
    const n1 = addNormEntries(L.addNorm1, add, `${p}.an1`, x, a, `${w}.norm1`);
    const f = ffnEntries(L.ffn, add, `${p}.ffn`, n1, `${w}.ffn`);
    x = addNormEntries(L.addNorm2, add, `${p}.an2`, n1, f, `${w}.norm2`);
  });
  return x;
}

function decoderPassEntries(pass: DecoderPass, add: Add, id: string, H: string, inputsFrom: readonly string[]): string {
  add(`${id}.PE`, "tf.pe", [], pass.embedding.PE);
  add(`${id}.X`, "tf.embed", [paramId("target.embeddings"), `${id}.PE`, ...inputsFrom], pass.embedding.X);
  let y = `${id}.X`;
  pass.layers.forEach((L, l) => {
    const p = `${id}.${l + 1}`;
    const w = `decoder.${l}`;
    const a = multiHeadEntries(L.selfAttention, add, `${p}.self`, y, y, `${w}.selfAttention`);
    const n1 = addNormEntries(L.addNorm1, add, `${p}.an1`, y, a, `${w}.norm1`);
    const c = multiHeadEntries(L.crossAttention, add, `${p}.cross`, n1, H, `${w}.crossAttention`);
    const n2 = addNormEntries(L.addNorm2, add, `${p}.an2`, n1, c, `${w}.norm2`);
    const f = ffnEntries(L.ffn, add, `${p}.ffn`, n2, `${w}.ffn`);
    y = addNormEntries(L.addNorm3, add, `${p}.an3`, n2, f, `${w}.norm3`);
  });
  add(`${id}.logits`, "tf.output", [y, paramId("output.W_out"), paramId("output.b_out")], pass.out.logits);
  add(`${id}.p`, "tf.output", [`${id}.logits`], pass.out.p);
  return `${id}.p`;
}

function stepEntries(s: TransformerDecoderStep, k: number, steps: readonly TransformerDecoderStep[], add: Add, H: string): void {
  if (s.kind === "forced") {
    const p = decoderPassEntries(s.pass, add, s.id, H, []);
    add(`${s.id}.loss`, "tf.loss", [p], [s.loss]);
    return;
  }
  // Greedy step t' reads the tokens chosen by steps 1 … t'−1.
  const chosen = steps.slice(0, k).map((prev) => `${prev.id}.y`);
  const p = decoderPassEntries(s.pass, add, s.id, H, chosen);
  add(`${s.id}.y`, "tf.greedy", [p], [s.y]);
}

const cache = new WeakMap<TransformerTrace, readonly TransformerTraceEntry[]>();

/** Every value of the trace as an entry, in reading order: encoder, then each decoder step. */
export function transformerTraceEntries(trace: TransformerTrace): readonly TransformerTraceEntry[] {
  const hit = cache.get(trace);
  if (hit) return hit;
  const out: TransformerTraceEntry[] = [];
  let step: number | undefined;
  const add: Add = (id, formula, from, value) => out.push({ id, ...(step === undefined ? {} : { step }), formula, from, value });
  const H = encoderEntries(trace, add);
  trace.decoder.forEach((s, k) => {
    step = k;
    stepEntries(s, k, trace.decoder, add, H);
  });
  cache.set(trace, out);
  return out;
}
