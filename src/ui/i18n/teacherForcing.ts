// Lesson 18's TeacherForcingComparison in English (the Chinese words are in teacherForcingZh.ts); en.ts
// and zh.ts take them as their `teacherForcing` section.

export type TeacherForcingModel = "untrained" | "partly" | "trained";

export const teacherForcingEn = {
  region: "Teacher forcing and free running, side by side",
  model: "Model",
  models: { untrained: "untrained (random weights)", partly: "partly trained", trained: "trained (the preset)" } satisfies Record<TeacherForcingModel, string>,
  source: "Sentence",
  reference: "Right translation",
  emptySource: "Type a sentence with at least one word.",
  emptyReference: "Type the right translation, at least one word.",
  unknownReference: (words: string) => `The model cannot write ${words}: the right translation must use words of its vocabulary.`,
  ignoredProp: (name: string, value: string, allowed: string) => `This figure ignores ${name}="${value}": expected one of ${allowed}.`,
  keptLast: "The figure keeps the last pair it could compare.",
  partlyHint: (n: number) => `The partly trained model is the trained one's recipe stopped after ${n} updates, computed in your browser.`,
  training: (done: number, total: number) => `Training the partly trained model: ${done} of ${total} updates…`,
  partlyFailed: (reason: string) => `The partly trained model could not be made (${reason}); the untrained one is shown.`,
  loading: "Loading the trained model…",
  failed: (reason: string) => `The trained model could not be loaded (${reason}); the untrained one is shown.`,
  forced: "Teacher forcing",
  forcedHow: "reads the right previous word yₜ′₋₁",
  free: "Free running",
  freeHow: "reads its own previous output",
  columns: { t: "t′", input: "reads", top: "its top word", pRight: "p(right word)", nll: "−log p" },
  sum: "Σ −log p",
  sumPartial: (n: number) => `Σ −log p (steps 1–${n} only)`,
  divergedMark: "≠",
  diverged: (right: string) => `(not the right word, ${right})`,
  stopped: (t: number) => `It wrote <eos> at step ${t} and stopped.`,
  output: "Output",
  agree: "Both decoders read the same words: the free-running one wrote the right word at every step, so training and use see the same inputs.",
  drift: (t: number) => `From step ${t} on, the free-running decoder reads a word that is not the right one (marked ≠): its inputs drift from those teacher forcing trained it on. That is exposure bias.`,
  caption: (name: string) => `${name}: per decoder step, the word read, the most likely next word, and the right word's probability`,
};

export type TeacherForcingMessages = typeof teacherForcingEn;
