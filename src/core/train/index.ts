// Training in the browser: optimisers (SGD with momentum, Adam), gradient-norm clipping, seeded
// shuffling, one-batch-at-a-time steps over plain data, and accuracy (exact sentences, tokens).

export { initTraining, trainStep, trainNext, trainEpoch, type TrainConfig, type TrainState, type StepReport } from "./train.ts";
export { adam, initOptimizer, optimizerStep, type OptimizerConfig, type OptimizerState, type SgdConfig, type AdamConfig } from "./optimizers.ts";
export { clipGradients, gradNorm } from "./clip.ts";
export { permutation, batchAt, batchesPerEpoch, epochSeed } from "./shuffle.ts";
export { evaluate, greedyTranslation, translatesExactly, type Evaluation } from "./evaluate.ts";
export { paramValues, withParams } from "./params.ts";
export { corpusPairs, fullCorpus, sentenceIds, type Corpus, type CorpusExtension, type CorpusSentence } from "./corpus.ts";
