// The exercise kinds by id, for lessons to name (<Exercises lesson="…" /> lists them per lesson).

import { lstmCell, lstmGate, lstmState, gruCandidate, gruState, rnnState } from "./kinds/cells.ts";
import { attentionWeight, contextEntry, outputProbability, scoreAdditive, scoreAdditiveBiased, scoreDot, scoreGeneral, scoreScaled } from "./kinds/attention.ts";
import { crossWeight, maskedWeight, positional } from "./kinds/transformer.ts";
import { paramCount, woutColumns } from "./kinds/shapes.ts";
import { transformerCount } from "./kinds/params.ts";
import { gradLogits, gradRnn, gradScore, gradVanish, lossNll, updateAdam, updateMomentum, updateSgd } from "./kinds/learning.ts";
import type { ExerciseKind, Inputs } from "./types.ts";

export const KINDS = Object.fromEntries(
  [
    rnnState,
    lstmGate,
    lstmCell,
    lstmState,
    gruState,
    gruCandidate,
    scoreDot,
    scoreScaled,
    scoreGeneral,
    scoreAdditive,
    scoreAdditiveBiased,
    attentionWeight,
    contextEntry,
    outputProbability,
    maskedWeight,
    crossWeight,
    positional,
    paramCount,
    woutColumns,
    transformerCount,
    lossNll,
    gradLogits,
    gradScore,
    gradRnn,
    gradVanish,
    updateSgd,
    updateMomentum,
    updateAdam,
  ].map(
    (k) => [k.id, k as unknown as ExerciseKind<Inputs>],
  ),
) as Readonly<Record<string, ExerciseKind<Inputs>>>;

export { parseAnswer, type ParsedAnswer, type RefusalKind } from "./answer.ts";
export { diagnose, diagnoseSolution, generate, slotSeed, TOLERANCE, within, type Problem, type Verdict } from "./check.ts";
export type { ExerciseKind, Given, Inputs, Shown, SlipId, Solution, Step } from "./types.ts";
