// Training in the browser: optimisers (SGD with momentum, Adam), gradient-norm clipping, seeded
// shuffling, one-batch-at-a-time steps over plain data, and accuracy (exact sentences, tokens).

export { initTraining, trainStep, trainNext, trainEpoch, type TrainConfig, type TrainState, type StepReport } from "./train.ts";
export { recurrentLearner, type Learner, type BatchLoss } from "./learner.ts";
export { adam, initOptimizer, optimizerStep, type OptimizerConfig, type OptimizerState, type SgdConfig, type AdamConfig } from "./optimizers.ts";
export { clipGradients, gradNorm, groupNorms, paramGroup, PARAM_GROUPS, type ParamGroup } from "./clip.ts";
export { permutation, batchAt, batchesPerEpoch, epochSeed } from "./shuffle.ts";
export { evaluate, greedyTranslation, greedyFor, isExact, translatesExactly, type Evaluation } from "./evaluate.ts";
export { paramValues, roundModel, roundValues, withParams, type FlatParams } from "./params.ts";
export { corpusPairs, fullCorpus, sentenceIds, type Corpus, type CorpusExtension, type CorpusSentence } from "./corpus.ts";
export { runCheck, runChecks, minWeight, type TranslationCheck, type CheckResult } from "./checks.ts";
export { recipeFor, recipeTitle, RECIPE_VERSION, PAIR_CHECKS, MIN_ALIGNMENT, SCALED_PREVIOUS_ALIGNMENT, type Recipe, type RecipeChoice, type RecipePair, type RecipeTraining } from "./recipe.ts";
export { startRecipe, advanceRecipe, recipeProgress, type RecipeRun, type RecipeProgress, type RecipePhase, type SeedOutcome, type StopReason } from "./runner.ts";
export { finishRecipe, type RecipeResult } from "./finish.ts";
export { corpusModel, type CorpusModelOptions } from "./corpusModel.ts";
export { corpusBleu, BLEU_ORDER, type Bleu } from "./bleu.ts";
export { translationScores, type TranslationScores } from "./translationScores.ts";
export { buildOwnCorpus, describeOwnDataProblem, OWN_DATA_DEFAULTS, OWN_DATA_LIMITS, type OwnDataOptions, type OwnCorpusStats, type OwnCorpusResult } from "./ownCorpus.ts";
export { MAX_CORPUS_BYTES, type OwnDataProblem } from "./pairFile.ts";
