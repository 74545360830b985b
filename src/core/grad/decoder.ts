// Backpropagation through time over the decoder's recorded steps (decoder.ts), last step first:
// each step's readout gradient reaches s_{t'} (and c_{t'} under a current-state query), its cell
// sends gradients to s_{t'-1}, C_{t'-1} and its input [y_{t'-1}; c], and c flows to the attention or the context.
// Guided alignment adds −log α_{t'a} for the source word a that target word t' translates.

import type { ReadonlyVec, Vec } from "../tensor.ts";
import { zeros } from "../tensor.ts";
import type { Seq2SeqModel } from "../model.ts";
import type { AttentionRecord, DecoderStep } from "../trace.ts";
import { logSoftmax } from "../activations.ts";
import type { BackwardRecorder, GradTerm } from "./terms.ts";
import { add, split } from "./linear.ts";
import { cellBackward } from "../cells/index.ts";
import { attentionBackward } from "../attention/index.ts";
import { readoutBackward } from "../output.ts";

/** What the decoder sends back to the context and the encoder. Shapes: m, m, d_h, T × d_h. */
export interface DecoderGrad {
  /** Σ_t' −log p_{t'}(y_{t'}), unweighted. */
  readonly nll: number;
  /** Σ −log α_{t'a(t')} over the aligned steps, unweighted; 0 without a guide. */
  readonly alignmentNll: number;
  readonly ds_0: Vec;
  readonly dC_0: Vec;
  /** ∂loss/∂c for the fixed context the every-step variant reads; zeros otherwise. */
  readonly dc: Vec;
  /** ∂loss/∂h_j through attention; zeros otherwise. */
  readonly dH: readonly Vec[];
  readonly terms: readonly GradTerm[];
}

/** Where each target token's attention should look (0-based; −1: nowhere in particular) and the weight of −log α there. */
export interface AlignmentGuide {
  readonly alignment: readonly number[];
  readonly weight: number;
}

/** −log α_a and its gradient with respect to the scores, weight · (α − onehot(a)); undefined when step k has no aligned word. */
function guidedScore(rec: AttentionRecord | undefined, guide: AlignmentGuide | undefined, k: number): { nll: number; de: Vec } | undefined {
  const a = guide?.alignment[k];
  if (!rec || guide === undefined || a === undefined || a < 0) return undefined;
  const de = rec.alpha.map((x, j) => guide.weight * (x - (j === a ? 1 : 0)));
  return { nll: -logSoftmax(rec.e)[a]!, de };
}

function addInto(target: Vec, v: ReadonlyVec): void {
  for (let i = 0; i < target.length; i++) target[i]! += v[i]!;
}

/**
 * The backward of teacher-forced decoder steps, whose targets are each step's y; `sos` is the id
 * of y_0 and `weight` scales every gradient (the loss's 1 / count); `guide`, if any, adds guided
 * alignment; `record`, if any, sees each node (output, attention, cell) as the pass visits it.
 */
export function decoderBackward(model: Seq2SeqModel, steps: readonly DecoderStep[], H: readonly ReadonlyVec[], sos: number, weight: number, guide?: AlignmentGuide, record?: BackwardRecorder): DecoderGrad {
  const dec = model.decoder;
  const m = dec.hidden;
  const dy = model.target.embeddings.cols;
  const spec = dec.attention;
  const current = dec.variant === "attention" && spec?.query === "current";
  const dH = H.map((h) => zeros(h.length));
  const dc = zeros(H[0]!.length);
  const terms: GradTerm[] = [];
  const nll = new Float64Array(steps.length);
  const alignmentNll = new Float64Array(steps.length);
  let ds = zeros(m);
  let dC = zeros(m);
  for (let k = steps.length - 1; k >= 0; k--) {
    const step = steps[k]!;
    const out = readoutBackward(dec.output, step.readout, step.logits, step.y, weight);
    nll[k] = out.nll;
    record?.output?.(step.id, out);
    terms.push(...out.terms);
    const guided = guidedScore(step.attention, guide, k);
    if (guided) alignmentNll[k] = guided.nll;
    let ds_t: Vec;
    // The share of ∂s_{t'} from the readout (and attention), shown by a recorder; ds_t keeps its own order of sums.
    let dsOut: ReadonlyVec = out.dr;
    if (current) {
      // The readout is [s_{t'}; c_{t'}] and c_{t'} attends with s_{t'} itself.
      const [dr_s, dc_t] = split(out.dr, m);
      const att = attentionBackward(spec!, step.attention!, H, dc_t, guided?.de);
      record?.attention?.(step.id, { ...att, dc: dc_t });
      ds_t = add(add(ds, dr_s, m), att.dq, m);
      if (record) dsOut = add(dr_s, att.dq, m);
      att.dH.forEach((g, j) => addInto(dH[j]!, g));
      terms.push(...att.terms);
    } else ds_t = add(ds, out.dr, m);
    const cell = cellBackward(dec.weights, step.cell, ds_t, dC, "decoder.weights");
    record?.cell?.(step.id, { dh: ds_t, dhOut: dsOut, dC: cell.dC_t, grad: cell });
    terms.push(...cell.terms);
    const [dyPrev, dcIn] = split(cell.dx, dy);
    terms.push({ path: "target.embeddings", row: k === 0 ? sos : steps[k - 1]!.y, delta: dyPrev });
    ds = cell.dh_prev;
    dC = cell.dC_prev;
    if (dec.variant === "every-step") addInto(dc, dcIn);
    else if (dec.variant === "attention" && !current) {
      const att = attentionBackward(spec!, step.attention!, H, dcIn, guided?.de);
      record?.attention?.(step.id, { ...att, dc: dcIn });
      ds = add(ds, att.dq, m);
      att.dH.forEach((g, j) => addInto(dH[j]!, g));
      terms.push(...att.terms);
    }
  }
  // Summed in reading order, as lossOf sums, so the two losses agree to the last bit.
  return { nll: nll.reduce((a, b) => a + b, 0), alignmentNll: alignmentNll.reduce((a, b) => a + b, 0), ds_0: ds, dC_0: dC, dc, dH, terms };
}
