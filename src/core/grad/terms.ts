// Gradients by parameter path, and the one move that fills them. A backward step returns terms
// (dW += δ [a; b]ᵀ for a matrix, db += δ for a vector, dE[row] += δ for an embedding row);
// `sumTerms` adds them into fresh zeroed arrays, one per `paramShapes` entry, row-major as Mat.data.

import type { ReadonlyVec, Vec } from "../tensor.ts";
import type { ParamShape } from "../model.ts";

/** ∂loss/∂θ for every parameter, by its `paramShapes` path; matrices flat and row-major (rows × cols). */
export type Grads = Readonly<Record<string, Float64Array>>;

/**
 * Receives, during backpropagation through time, the whole gradient that reaches each step's state:
 * ∂loss/∂h_t (∂loss/∂s_{t'} in the decoder) and, for an LSTM, the whole ∂loss/∂C_t (through C_{t+1}
 * and through h_t), under the step's trace id.
 * The arrays are the ones the backward pass goes on with: read them, do not keep or change them.
 */
export type StateGradientRecorder = (id: string, dh: ReadonlyVec, dC: ReadonlyVec | undefined) => void;

/** What the output layer of decoder step t' sends back: its −log p, ∂z = p − onehot(y) (weighted), ∂r and its terms. */
export interface OutputNode {
  readonly nll: number;
  readonly dz: ReadonlyVec;
  /** ∂loss/∂r for the readout r = s_{t'} (or [s_{t'}; c_{t'}]). */
  readonly dr: ReadonlyVec;
  readonly terms: readonly GradTerm[];
}

/** What one attention step receives (∂c_{t'}) and sends back: ∂α, ∂e, ∂ to the query and this step's share of each ∂h_j. */
export interface AttentionNode {
  readonly dc: ReadonlyVec;
  readonly dAlpha: ReadonlyVec;
  readonly de: ReadonlyVec;
  readonly dq: ReadonlyVec;
  readonly dH: readonly ReadonlyVec[];
  readonly terms: readonly GradTerm[];
}

/** One cell step's backward: the whole ∂h_t (∂s_{t'}), the part of it from outside the recurrence, ∂C_t and the cell's own gradient (its terms carry the gate deltas). */
export interface CellNode {
  readonly dh: ReadonlyVec;
  /** The share of ∂h_t from outside the chain of cells (the readout, attention, the context); the rest came from step t+1. */
  readonly dhOut: ReadonlyVec;
  readonly dC: ReadonlyVec | undefined;
  readonly grad: CellGrad;
}

/** The context's backward: what reached s_0 (and C_0) and the every-step c, and the share it sends to each h_j. */
export interface ContextNode {
  readonly ds_0: ReadonlyVec;
  readonly dC_0: ReadonlyVec;
  readonly dc: ReadonlyVec;
  readonly dH: readonly ReadonlyVec[];
  readonly dC_T: ReadonlyVec | undefined;
}

/**
 * Sees every node of backpropagation through time as the backward pass visits it, under the step's
 * trace id ("dec.3", "enc.f.2"; the context's is "ctx"). The arrays are the pass's own: read them,
 * do not keep or change them. lossAndGradients passes none.
 */
export interface BackwardRecorder {
  readonly output?: (id: string, node: OutputNode) => void;
  readonly attention?: (id: string, node: AttentionNode) => void;
  readonly cell?: (id: string, node: CellNode) => void;
  readonly context?: (node: ContextNode) => void;
}

/** One contribution to one parameter's gradient. */
export interface GradTerm {
  /** The parameter's path, as in `paramShapes` ("decoder.weights.W_f"). */
  readonly path: string;
  /** δ: added as is to a vector, as row `row` of an embedding, or as the left factor of δ xᵀ. */
  readonly delta: ReadonlyVec;
  /** For a matrix: the right factor x = [input_0; input_1; …], so that dW += δ xᵀ. */
  readonly input?: readonly ReadonlyVec[];
  /** For an embedding: the token id whose row receives δ. */
  readonly row?: number;
}

/**
 * What one recurrent cell step sends back: ∂loss/∂h_{t-1}, ∂loss/∂C_{t-1} (zeros for cells without
 * memory), ∂loss/∂x_t and its weights' terms. Shapes: n, n, d.
 */
export interface CellGrad {
  readonly dh_prev: Vec;
  readonly dC_prev: Vec;
  /** The LSTM's whole ∂loss/∂C_t: what came from C_{t+1} plus what came through h_t = o_t ⊙ tanh(C_t). */
  readonly dC_t?: Vec;
  readonly dx: Vec;
  readonly terms: readonly GradTerm[];
}

/** What one attention step (or one score's share of it) sends back. Shapes: ∂q m; ∂H T × d_h. */
export interface AttentionGrad {
  readonly dq: Vec;
  readonly dH: readonly Vec[];
  readonly terms: readonly GradTerm[];
}

/** The terms of an affine map W [a; b] + bias with pre-activation gradient δ (bias optional). */
export function affineTerms(prefix: string, W: string, bias: string | undefined, delta: ReadonlyVec, input: readonly ReadonlyVec[]): GradTerm[] {
  const terms: GradTerm[] = [{ path: `${prefix}.${W}`, delta, input }];
  if (bias !== undefined) terms.push({ path: `${prefix}.${bias}`, delta });
  return terms;
}

function addOuter(g: Float64Array, cols: number, delta: ReadonlyVec, input: readonly ReadonlyVec[]): void {
  for (let i = 0; i < delta.length; i++) {
    const d = delta[i]!;
    if (d === 0) continue;
    let o = i * cols;
    for (const x of input) for (let j = 0; j < x.length; j++) g[o++]! += d * x[j]!;
  }
}

/** Σ of the terms, as fresh arrays for every shape (zeros where no term reaches). */
export function sumTerms(shapes: readonly ParamShape[], terms: Iterable<GradTerm>): Record<string, Float64Array> {
  const out: Record<string, Float64Array> = {};
  const cols: Record<string, number> = {};
  for (const s of shapes) {
    out[s.path] = new Float64Array(s.rows * (s.cols ?? 1));
    cols[s.path] = s.cols ?? 1;
  }
  for (const t of terms) {
    const g = out[t.path];
    if (g === undefined) throw new RangeError(`gradient term for ${t.path}: the model has no such parameter`);
    if (t.input !== undefined) addOuter(g, cols[t.path]!, t.delta, t.input);
    else {
      const o = (t.row ?? 0) * cols[t.path]!;
      for (let j = 0; j < t.delta.length; j++) g[o + j]! += t.delta[j]!;
    }
  }
  return out;
}

/** Every gradient multiplied by k, as new arrays. */
export function scaleGrads(grads: Grads, k: number): Record<string, Float64Array> {
  const out: Record<string, Float64Array> = {};
  for (const [path, g] of Object.entries(grads)) out[path] = g.map((x) => x * k);
  return out;
}
