// Attention over the encoder states, forward and backward: e_{t'j} = score(q, h_j), α_{t'·} = softmax(e_{t'·}),
// c_{t'} = Σ_j α_{t'j} h_j (seed 002; Bahdanau et al. 2015; Luong et al. 2015). Each score and its gradient
// lives in its own file (dot.ts with scaled, general.ts, additive.ts), the weights and context in context.ts.

import type { Mat, ReadonlyVec, Vec } from "../tensor.ts";
import type { AttentionSpec, QueryKind, ScoreKind } from "../model.ts";
import type { AttentionGrad } from "../grad/terms.ts";
import { addContextShare, softmaxBackward, weightGradient, weightsAndContext } from "./context.ts";
import { DOT_FORMULAS, SCALED_FORMULAS, dotBackward, dotScores, scaledBackward, scaledScores } from "./dot.ts";
import { GENERAL_FORMULAS, generalBackward, generalScores } from "./general.ts";
import { ADDITIVE_BIAS_FORMULAS, ADDITIVE_FORMULAS, additiveBackward, additiveScores, hasAdditiveBiases } from "./additive.ts";

/** e_{t'j} = score(query, h_j), α = softmax(e), c_{t'} = Σ_j α_{t'j} h_j. Shapes: T, T, d_h. */
export interface AttentionRecord {
  readonly score: ScoreKind;
  readonly query: QueryKind;
  /** The query vector: s_{t'-1} or s_{t'}. */
  readonly q: Vec;
  readonly e: Vec;
  readonly alpha: Vec;
  readonly c: Vec;
  /** additive only: u_j = tanh(W_s q + W_h h_j) (+ b_s + b_h), one per source position. */
  readonly u?: readonly Vec[];
  /** additive only: set when the score has its biases b_s, b_h, b_v (a PyTorch export's). */
  readonly biased?: true;
}

/** The formula id of each score's e (trace entries carry them). */
export const SCORE_FORMULAS = { dot: DOT_FORMULAS.e, scaled: SCALED_FORMULAS.e, general: GENERAL_FORMULAS.e, additive: ADDITIVE_FORMULAS.e } as const satisfies Record<ScoreKind, string>;

const PREFIX = "decoder.attention.weights";

/** The scores e_j of query q against every h_j, and additive's hidden vectors u_j. Shape: T. */
export function scores(spec: Pick<AttentionSpec, "score" | "weights">, q: Vec, H: readonly Vec[]): { e: Vec; u?: Vec[] } {
  switch (spec.score) {
    case "dot":
      return { e: dotScores(q, H) };
    case "scaled":
      return { e: scaledScores(q, H) };
    case "general":
      return { e: generalScores(spec.weights.W_a as Mat, q, H) };
    case "additive":
      return additiveScores(spec.weights, q, H);
  }
}

/** Scores, weights and context for one decoder step. Shapes: q m; H T × d_h → e, α T; c d_h. */
export function attend(spec: AttentionSpec, q: Vec, H: readonly Vec[]): AttentionRecord {
  const { e, u } = scores(spec, q, H);
  const { alpha, c } = weightsAndContext(e, H);
  const rec: AttentionRecord = { score: spec.score, query: spec.query, q, e, alpha, c };
  if (!u) return rec;
  return hasAdditiveBiases(spec.weights) ? { ...rec, u, biased: true } : { ...rec, u };
}

/** The score's share of the gradients, given ∂e. */
function scoreBackward(spec: AttentionSpec, rec: AttentionRecord, H: readonly ReadonlyVec[], de: Vec): AttentionGrad {
  switch (spec.score) {
    case "dot":
      return dotBackward(rec.q, H, de);
    case "scaled":
      return scaledBackward(rec.q, H, de);
    case "general":
      return generalBackward(spec.weights.W_a as Mat, rec.q, H, de, PREFIX);
    case "additive":
      return additiveBackward(spec.weights, rec.q, rec.u!, H, de, PREFIX);
  }
}

/**
 * The backward of `attend(spec, q, H)` recorded in `rec`, given ∂loss/∂c and, when the loss also
 * scores α itself (guided alignment), that term's ∂loss/∂e: ∂h_j = the score's share + α_j ∂c.
 * Also returns the intermediate ∂α and ∂e (∂e with the guide's share) for a page that shows them.
 */
export function attentionBackward(spec: AttentionSpec, rec: AttentionRecord, H: readonly ReadonlyVec[], dc: ReadonlyVec, deAlpha?: ReadonlyVec): AttentionGrad & { readonly dAlpha: Vec; readonly de: Vec } {
  const dAlpha = weightGradient(H, dc);
  let de = softmaxBackward(rec.alpha, dAlpha);
  if (deAlpha) de = de.map((d, j) => d + deAlpha[j]!);
  const grad = scoreBackward(spec, rec, H, de);
  addContextShare(grad.dH, rec.alpha, dc);
  return { ...grad, dAlpha, de };
}

export { scoreGradient, softmaxBackward, weightGradient, CONTEXT_FORMULAS } from "./context.ts";
export { ADDITIVE_BIAS_FORMULAS, ADDITIVE_FORMULAS, DOT_FORMULAS, GENERAL_FORMULAS, SCALED_FORMULAS };
export { hasAdditiveBiases } from "./additive.ts";
export type { AttentionGrad };
