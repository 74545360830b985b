// The shape of a generated exercise: a kind draws its inputs from a seeded generator, and the core
// computes the answer and the value each typical slip gives (the same core, run on altered inputs).

import type { Rng } from "../core/rng.ts";

/** The typical mistakes feedback can name (issue 17), plus a few that a kind's formula invites. */
export type SlipId =
  | "noBias"
  | "wrongQuery"
  | "transposed"
  | "wrongAxis"
  | "scaleN"
  | "unscaled"
  | "zSwap"
  | "resetPlace"
  | "concatOrder"
  | "gatesSwapped"
  | "noPrevCell"
  | "noSoftmax"
  | "noMask"
  | "unweighted"
  | "sinCos"
  | "posFromOne"
  | "notDoubled"
  | "noTanh"
  | "prevCell"
  | "dkForDmodel"
  | "noLog"
  | "noOnehot"
  | "signFlipped"
  | "noCentering"
  | "noTanhDerivative"
  | "wrongSign"
  | "noMomentum"
  | "noBiasCorrection";

/** A value shown to the reader: a number, a vector or a matrix (rows). */
export type Shown = number | readonly number[] | readonly (readonly number[])[];

/** One line of a worked solution: a TeX left-hand side and the value the core computed for it. */
export interface Step {
  readonly tex: string;
  readonly value: Shown;
}

/** A given of the exercise: its TeX name (with the notation's colour macros) and its value. */
export interface Given {
  readonly tex: string;
  readonly value: Shown;
}

export interface Solution {
  readonly answer: number;
  /** The value each slip gives (only the slips that apply to these inputs). */
  readonly slips: Readonly<Partial<Record<SlipId, number>>>;
  readonly steps: readonly Step[];
}

/** Discrete choices (a form, a query, an index) are strings or integers among the inputs. */
export type Inputs = Readonly<Record<string, Shown | string>>;

export interface ExerciseKind<I extends Inputs = Inputs> {
  readonly id: string;
  /** The slips this kind can diagnose. */
  readonly slips: readonly SlipId[];
  /** Integer answers (counts, widths) must be exact; others are within TOLERANCE. */
  readonly exact?: boolean;
  draw(rng: Rng): I;
  solve(inputs: I): Solution;
  /** The givens, in the order shown. */
  given(inputs: I): readonly Given[];
  /** TeX of the value asked for, e.g. f_{t,2}. */
  target(inputs: I): string;
}
