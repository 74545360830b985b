// Backward of the context, the decoder's initial state and the encoder (forward.ts, encoder.ts):
// s_0 = c or h_T (or zeros), C_0 = C_T; c = h_T (last), (1/T) Σ_j h_j (mean) or [h→_T; h←_1]
// (final); then BPTT over each direction, h_t = [h→_t; h←_t] split back, and each ∂x_t added to its
// source embedding row.

import type { ReadonlyVec, Vec } from "../tensor.ts";
import type { Params, Seq2SeqModel } from "../model.ts";
import type { EncoderStep } from "../trace.ts";
import type { BackwardRecorder, GradTerm } from "./terms.ts";
import type { DecoderGrad } from "./decoder.ts";
import { add, split } from "./linear.ts";
import { cellBackward } from "../cells/index.ts";

/** Adds ∂c of the map "final", c = [h→_T; h←_1], into ∂h_T's first half and ∂h_1's second half (∂h_T when unidirectional). */
function addFinal(model: Seq2SeqModel, dH: Vec[], dc: ReadonlyVec): void {
  const T = dH.length;
  if (!model.encoder.bidirectional) {
    dH[T - 1] = add(dH[T - 1], dc, dc.length);
    return;
  }
  const n = model.encoder.hidden;
  for (let i = 0; i < n; i++) {
    dH[T - 1]![i]! += dc[i]!;
    dH[0]![n + i]! += dc[n + i]!;
  }
}

/** ∂loss/∂h_j for every encoder output and ∂loss/∂C_T (or ∂C of the final states), once the decoder's gradients are in. */
export function contextBackward(model: Seq2SeqModel, back: DecoderGrad, record?: BackwardRecorder): { dH: Vec[]; dC_T: Vec | undefined } {
  const dec = model.decoder;
  const map = model.encoder.context;
  const T = back.dH.length;
  // The context's own share starts at zeros and is added to attention's ∂h_j at the end: x + 0 is
  // exact, so the sums are those of adding it in place.
  const dH: Vec[] = back.dH.map((g) => new Float64Array(g.length));
  const fromInit = dec.init === "context";
  if (dec.variant === "attention") {
    // Under attention there is no single c: s_0 = h_T, or the final states with the map "final".
    if (fromInit && map === "final") addFinal(model, dH, back.ds_0);
    else if (fromInit) dH[T - 1] = add(dH[T - 1], back.ds_0, dH[T - 1]!.length);
  } else {
    const dc = fromInit ? add(back.dc, back.ds_0, back.dc.length) : back.dc;
    if (map === "mean") for (let j = 0; j < T; j++) dH[j] = add(dH[j], dc.map((x) => x / T), dc.length);
    else if (map === "final") addFinal(model, dH, dc);
    else dH[T - 1] = add(dH[T - 1], dc, dc.length);
  }
  const dC_T = fromInit && dec.cell === "lstm" ? back.dC_0 : undefined;
  record?.context?.({ ds_0: back.ds_0, dC_0: back.dC_0, dc: back.dc, dH, dC_T });
  return { dH: dH.map((g, j) => add(back.dH[j], g, g.length)), dC_T };
}

/** BPTT over one direction's steps (in reading order), with outside gradients on each h_t and C_t. */
function passBackward(w: Params, steps: readonly EncoderStep[], dhOut: (k: number) => ReadonlyVec, dCOut: (k: number) => ReadonlyVec | undefined, prefix: string, record?: BackwardRecorder): GradTerm[] {
  const n = steps[0]!.cell.h_t.length;
  const terms: GradTerm[] = [];
  let dh: Vec = new Float64Array(n);
  let dC: Vec = new Float64Array(n);
  for (let k = steps.length - 1; k >= 0; k--) {
    const step = steps[k]!;
    const out = dhOut(k);
    const dh_t = add(dh, out, n);
    const back = cellBackward(w, step.cell, dh_t, add(dC, dCOut(k), n), prefix);
    record?.cell?.(step.id, { dh: dh_t, dhOut: out, dC: back.dC_t, grad: back });
    terms.push(...back.terms, { path: "source.embeddings", row: step.token.id, delta: back.dx });
    dh = back.dh_prev;
    dC = back.dC_prev;
  }
  return terms;
}

/** The encoder's gradient terms (weights and source embeddings), given ∂h_j and ∂C_T; `record` sees each step's cell node. */
export function encoderBackward(model: Seq2SeqModel, steps: readonly EncoderStep[], dH: readonly Vec[], dC_T: Vec | undefined, record?: BackwardRecorder): GradTerm[] {
  const enc = model.encoder;
  const n = enc.hidden;
  const T = dH.length;
  const fwd = steps.filter((s) => s.direction === "forward");
  if (!enc.bidirectional) {
    return passBackward(enc.weights, fwd, (k) => dH[k]!, (k) => (k === T - 1 ? dC_T : undefined), "encoder.weights", record);
  }
  const halves = dH.map((g) => split(g, n));
  const [dC_f, dC_b] = dC_T ? split(dC_T, n) : [undefined, undefined];
  // The backward pass reads x_T first: its step k is at position T − k, and C_T holds its first C
  // (its last, C←_1, with the map "final").
  const bwd = steps.filter((s) => s.direction === "backward");
  const kC = enc.context === "final" ? T - 1 : 0;
  return [
    ...passBackward(enc.weights, fwd, (k) => halves[k]![0], (k) => (k === T - 1 ? dC_f : undefined), "encoder.weights", record),
    ...passBackward(enc.backwardWeights!, bwd, (k) => halves[T - 1 - k]![1], (k) => (k === kC ? dC_b : undefined), "encoder.backwardWeights", record),
  ];
}
