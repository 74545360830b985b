// The nodes of backpropagation through time, in the order the backward pass visits them, read from
// the pass itself through a BackwardRecorder (terms.ts): no backward formula is computed here, only
// copied, split and named. Each node names the gradients it holds and the gradient it sends to each
// of its sources (the node that computed its input), so a picture can draw the flow.

import type { ReadonlyVec } from "../tensor.ts";
import type { Seq2SeqModel } from "../model.ts";
import type { BackwardRecorder, CellNode, GradTerm } from "./terms.ts";
import type { DecoderStep } from "../trace.ts";
import { split } from "./linear.ts";

export type BackNodeKind = "output" | "attention" | "cell" | "context";

/** A named vector of a node: "dz", "p", "dh", "delta.W_f", "dh.2" (this step's share of ∂h_2). */
export interface BackVector {
  readonly name: string;
  readonly value: Float64Array;
}

/** The gradient a node sends back to one of its sources, named by what it is the gradient of. */
export interface BackEdge {
  /** The source node's id. */
  readonly to: string;
  /** "s" (the state), "c" (a context), "q" (the query), "h" (an encoder state), "C" (an LSTM memory). */
  readonly name: string;
  /** ‖gradient‖₂. */
  readonly norm: number;
}

/** One node of the backward pass. */
export interface BackNode {
  /** "back.dec.3.out", "back.dec.3.att", "back.dec.3.cell", "back.ctx", "back.enc.f.2". */
  readonly id: string;
  readonly kind: BackNodeKind;
  /** The forward step it belongs to: "dec.3", "ctx", "enc.f.2". */
  readonly step: string;
  /** The formula ids of the ∂s it shows (BACK_FORMULAS). */
  readonly formulas: readonly string[];
  readonly vectors: readonly BackVector[];
  readonly sends: readonly BackEdge[];
}

/** The formula ids of the backward nodes. Cells and scores add their kind: "back.cell.lstm", "back.att.score.dot". */
export const BACK_FORMULAS = {
  dz: "back.out.dz",
  dWout: "back.out.dW",
  dr: "back.out.dr",
  dAlpha: "back.att.dalpha",
  de: "back.att.de",
  score: "back.att.score",
  dh: "back.att.dh",
  cell: "back.cell",
  ctx: "back.ctx",
} as const;

/** The form of a training step's id as a page names it: forward, loss, update, or a node's id. */
export const TRAINING_STEP_ID = /^(forward|loss|update|back\.ctx|back\.dec\.[1-9]\d{0,2}\.(out|att|cell)|back\.enc\.[fb]\.[1-9]\d{0,2})$/u;

const copy = (v: ReadonlyVec): Float64Array => Float64Array.from(v as ArrayLike<number>);

function norm(v: ReadonlyVec): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  return Math.sqrt(s);
}

/** The encoder node(s) that computed h_j: the forward one, and when bidirectional the backward one with its half. */
function encoderEdges(model: Seq2SeqModel, dH: readonly ReadonlyVec[], name: string): BackEdge[] {
  const n = model.encoder.hidden;
  return dH.flatMap((g, j) => {
    if (!model.encoder.bidirectional) return [{ to: `back.enc.f.${j + 1}`, name, norm: norm(g) }];
    const [f, b] = split(g, n);
    return [{ to: `back.enc.f.${j + 1}`, name, norm: norm(f) }, { to: `back.enc.b.${j + 1}`, name, norm: norm(b) }];
  });
}

/** The cell's gate (pre-activation) deltas: the δ of each matrix term, named by the matrix ("delta.W_f"). */
function deltas(terms: readonly GradTerm[], prefix: string): BackVector[] {
  return terms.filter((t) => t.input !== undefined && t.path.startsWith(`${prefix}.`)).map((t) => ({ name: `delta.${t.path.slice(prefix.length + 1)}`, value: copy(t.delta) }));
}

function cellVectors(node: CellNode, prefix: string): BackVector[] {
  const v: BackVector[] = [
    { name: "dh", value: copy(node.dh) },
    { name: "dhOut", value: copy(node.dhOut) },
  ];
  if (node.dC) v.push({ name: "dC", value: copy(node.dC) });
  v.push(...deltas(node.grad.terms, prefix), { name: "dhPrev", value: copy(node.grad.dh_prev) });
  if (node.dC) v.push({ name: "dCPrev", value: copy(node.grad.dC_prev) });
  v.push({ name: "dx", value: copy(node.grad.dx) });
  return v;
}

/** Collects the nodes of one backward pass over decoder `steps` and a source of T tokens, and each step's −log p; `recorder` goes to the pass, `nodes` holds them in visiting order. */
export function backNodeCollector(model: Seq2SeqModel, steps: readonly DecoderStep[], T: number): { recorder: BackwardRecorder; nodes: BackNode[]; nll: Map<string, number> } {
  const nodes: BackNode[] = [];
  const nll = new Map<string, number>();
  const dec = model.decoder;
  const m = dec.hidden;
  const current = dec.variant === "attention" && dec.attention?.query === "current";
  const stepOf = (id: string) => steps.find((s) => s.id === id)!;
  const prevState = (t: number) => (t > 1 ? `back.dec.${t - 1}.cell` : "back.ctx");
  const recorder: BackwardRecorder = {
    output: (id, out) => {
      const step = stepOf(id);
      nll.set(id, out.nll);
      const onehot = new Float64Array(step.p.length);
      onehot[step.y] = 1;
      const [dr_s, dc_t] = current ? split(out.dr, m) : [copy(out.dr), undefined];
      const sends: BackEdge[] = [{ to: `back.${id}.cell`, name: "s", norm: norm(dr_s) }];
      if (dc_t) sends.push({ to: `back.${id}.att`, name: "c", norm: norm(dc_t) });
      const vectors = [
        { name: "p", value: copy(step.p) },
        { name: "onehot", value: onehot },
        { name: "dz", value: copy(out.dz) },
        { name: "r", value: copy(step.readout) },
        { name: "dr", value: copy(out.dr) },
      ];
      nodes.push({ id: `back.${id}.out`, kind: "output", step: id, formulas: [BACK_FORMULAS.dz, BACK_FORMULAS.dWout, BACK_FORMULAS.dr], vectors, sends });
    },
    attention: (id, att) => {
      const step = stepOf(id);
      const q = current ? `back.${id}.cell` : prevState(step.t);
      const vectors = [
        { name: "dc", value: copy(att.dc) },
        { name: "alpha", value: copy(step.attention!.alpha) },
        { name: "dalpha", value: copy(att.dAlpha) },
        { name: "de", value: copy(att.de) },
        { name: "dq", value: copy(att.dq) },
        ...att.dH.map((g, j) => ({ name: `dh.${j + 1}`, value: copy(g) })),
      ];
      const sends = [{ to: q, name: "q", norm: norm(att.dq) }, ...encoderEdges(model, att.dH, "h")];
      const formulas = [BACK_FORMULAS.dAlpha, BACK_FORMULAS.de, `${BACK_FORMULAS.score}.${step.attention!.score}`, BACK_FORMULAS.dh];
      nodes.push({ id: `back.${id}.att`, kind: "attention", step: id, formulas, vectors, sends });
    },
    cell: (id, node) => {
      const kind = id.startsWith("dec.") ? "decoder" : "encoder";
      const prefix = kind === "decoder" ? "decoder.weights" : id.startsWith("enc.b.") ? "encoder.backwardWeights" : "encoder.weights";
      const sends: BackEdge[] = [];
      if (kind === "decoder") {
        const step = stepOf(id);
        sends.push({ to: prevState(step.t), name: "s", norm: norm(node.grad.dh_prev) });
        const [, dcIn] = split(node.grad.dx, model.target.embeddings.cols);
        if (dec.variant === "every-step") sends.push({ to: "back.ctx", name: "c", norm: norm(dcIn) });
        else if (dec.variant === "attention" && !current) sends.push({ to: `back.${id}.att`, name: "c", norm: norm(dcIn) });
      } else {
        const [, dir, pos] = id.split(".");
        const t = Number(pos);
        const prev = dir === "f" ? t - 1 : t + 1;
        if (prev >= 1 && prev <= T) sends.push({ to: `back.enc.${dir}.${prev}`, name: "h", norm: norm(node.grad.dh_prev) });
      }
      const cellKind = (kind === "decoder" ? dec.cell : model.encoder.cell).replace(/-.*/, "");
      nodes.push({ id: kind === "decoder" ? `back.${id}.cell` : `back.${id}`, kind: "cell", step: id, formulas: [`${BACK_FORMULAS.cell}.${cellKind}`], vectors: cellVectors(node, prefix), sends });
    },
    context: (ctx) => {
      const vectors: BackVector[] = [
        { name: "ds0", value: copy(ctx.ds_0) },
        { name: "dc", value: copy(ctx.dc) },
        ...ctx.dH.map((g, j) => ({ name: `dh.${j + 1}`, value: copy(g) })),
      ];
      if (ctx.dC_T) vectors.push({ name: "dC_T", value: copy(ctx.dC_T) });
      const sends = encoderEdges(model, ctx.dH, "h").filter((e) => e.norm > 0);
      nodes.push({ id: "back.ctx", kind: "context", step: "ctx", formulas: [`${BACK_FORMULAS.ctx}.${dec.variant}`], vectors, sends });
    },
  };
  return { recorder, nodes, nll };
}
