// The training-step player (lesson 19): one training step on one sentence pair, node by node.

export { TrainingStepPlayer } from "./TrainingStepPlayer.tsx";
