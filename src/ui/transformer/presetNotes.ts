// What the Transformer pictures say about the weights they show, in the reader's language: untrained
// (the demo, while the preset loads or after it failed), a preset shown split into another number of
// heads than it was trained with, or nothing when it is the trained preset as trained.

import { useT } from "../i18n/index.ts";
import { DEMO_SEED } from "./demo.ts";
import type { ShownTransformer } from "./shown.ts";

/** The note for the weights a picture shows, or undefined when they are the trained preset as trained. */
export function useWeightsNote(shown: ShownTransformer): string | undefined {
  const t = useT();
  if (!shown.trained) return t.tf.untrained(DEMO_SEED);
  return shown.trainedHeads !== undefined ? t.tf.regrouped(shown.trainedHeads, shown.model.heads) : undefined;
}
