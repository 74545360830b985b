// What the Transformer pictures say about the weights they show, in the reader's language: untrained
// (the i18n dictionary's tf.untrained), a preset shown split into another number of heads, or, beside
// the recurrent model, which side is trained. Kept here while src/ui/i18n is being extended elsewhere.

import { useLang, useT, type Lang } from "../i18n/index.ts";
import { DEMO_SEED } from "./demo.ts";
import type { ShownTransformer } from "./shown.ts";

export interface PresetNotes {
  /** A preset trained with `trained` heads, shown split into `shown`. */
  readonly regrouped: (trained: number, shown: number) => string;
  /** Beside the untrained recurrent demo, when the Transformer is the trained preset. */
  readonly recurrentUntrained: string;
}

export const PRESET_NOTES: Readonly<Record<Lang, PresetNotes>> = {
  en: {
    regrouped: (trained, shown) =>
      `Trained weights, split here into ${shown} head${shown === 1 ? "" : "s"}: the preset was trained with ${trained} heads, so every number is exact, but only the split into ${trained} is what training learned.`,
    recurrentUntrained: "The recurrent model's weights are untrained (random): which word it attends to is arbitrary. The Transformer's weights are trained.",
  },
  zh: {
    regrouped: (trained, shown) => `训练好的权重，这里拆成 ${shown} 个头：预设训练时用的是 ${trained} 个头，所以每个数都精确，但只有拆成 ${trained} 个头时才是训练学到的。`,
    recurrentUntrained: "循环模型的权重未经训练（随机）：它关注哪个词是任意的。Transformer 的权重是训练好的。",
  },
};

/** The note for the weights a picture shows, or undefined when they are the trained preset as trained. */
export function useWeightsNote(shown: ShownTransformer): string | undefined {
  const t = useT();
  const notes = PRESET_NOTES[useLang()] ?? PRESET_NOTES.en;
  if (!shown.trained) return t.tf.untrained(DEMO_SEED);
  return shown.trainedHeads !== undefined ? notes.regrouped(shown.trainedHeads, shown.model.heads) : undefined;
}

export function usePresetNotes(): PresetNotes {
  return PRESET_NOTES[useLang()] ?? PRESET_NOTES.en;
}
