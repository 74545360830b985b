// Shared by the player's tests: the trace the default player shows, computed by the core directly,
// so that a test compares what the UI prints with numbers it did not take from the UI.

import { forward } from "../../../src/core/forward.ts";
import type { Trace } from "../../../src/core/trace.ts";
import { demoModel } from "../../../src/model/defaults.ts";
import { DEMO_SEED } from "../../../src/model/defaults.ts";
import { DEFAULT_PLAYER, type ModelChoice } from "../../../src/ui/playerStore.ts";

export function expectedTrace(choice: Partial<ModelChoice> = {}, sentence = DEFAULT_PLAYER.sentence): Trace {
  return forward(demoModel({ ...DEFAULT_PLAYER.choice, ...choice }, DEMO_SEED), sentence);
}

export function firstDecoderIndex(trace: Trace): number {
  return trace.steps.findIndex((s) => s.kind === "decoder");
}

/** How long a test waits for the lazily imported KaTeX: a ceiling for a busy machine, not a timing check. */
export const KATEX_WAIT = { timeout: 10_000 };
