// Every id a reader can point at (a formula term, a picture element) names entries of the trace
// (traceEntries), over trained presets and random models of the configurations the presets lack.

import { describe, expect, it } from "vitest";
import { traceEntries } from "../../../src/core/entries.ts";
import { linked, namedEntryIds, paramPath } from "../../../src/core/entryIds.ts";
import { forward } from "../../../src/core/forward.ts";
import type { Seq2SeqModel } from "../../../src/core/model.ts";
import type { Trace } from "../../../src/core/trace.ts";
import type { Scene } from "../../../src/ui/kit/scene.ts";
import { decoderScene } from "../../../src/ui/player/layouts/decoder.ts";
import { encoderScene } from "../../../src/ui/player/layouts/encoder.ts";
import { heatmapScene } from "../../../src/ui/kit/heatmap.ts";
import { linesScene } from "../../../src/ui/player/layouts/lines.ts";
import { outputScene } from "../../../src/ui/player/layouts/output.ts";
import { scoresScene } from "../../../src/ui/player/layouts/scores.ts";
import { stepFormulas } from "../../../src/ui/player/stepFormulas.ts";
import { randomModel } from "../../helpers/randomModel.ts";
import { presetModel } from "./diskPresets.tsx";

const base = { cell: "lstm", variant: "attention", score: "dot", query: "previous", bidirectional: false } as const;
const presets = {
  "lstm attention additive bidirectional": presetModel({ ...base, score: "additive", bidirectional: true }),
  "rnn attention dot bidirectional": presetModel({ ...base, cell: "rnn", bidirectional: true }),
  "gru (reset after) attention general": presetModel({ ...base, cell: "gru-reset-after", score: "general", query: "current" }),
  "gru (reset before) initial": presetModel({ ...base, cell: "gru-reset-before", variant: "initial" }),
  "rnn initial": presetModel({ ...base, cell: "rnn", variant: "initial" }),
  "rnn every-step": presetModel({ ...base, cell: "rnn", variant: "every-step" }),
  "lstm attention dot current": presetModel({ ...base, query: "current" }),
};
const random = {
  "lstm bidirectional initial, C_0 from both halves of C_T": randomModel({ cell: "lstm", variant: "initial", bidirectional: true, context: "mean" }),
  "lstm bidirectional every-step, map final": randomModel({ cell: "lstm", variant: "every-step", bidirectional: true, context: "final" }),
  "gru bidirectional attention, zero start": randomModel({ cell: "gru-reset-after", variant: "attention", bidirectional: true, init: "zeros" }),
};
export const cases = Object.entries({ ...presets, ...random });

/** The ids of every scene the player draws, at every cursor. */
function pictureIds(trace: Trace, vocab: readonly string[]): Set<string> {
  const ids = new Set<string>();
  const add = (scene: Scene) => [...scene.rects, ...scene.texts, ...scene.lines].forEach((item) => item.id !== undefined && ids.add(item.id));
  trace.steps.forEach((step, cursor) => {
    [encoderScene(trace, cursor), decoderScene(trace, cursor), heatmapScene(trace, cursor), linesScene(trace, cursor), outputScene(trace, cursor, vocab)].forEach(add);
    if (step.kind === "decoder" && step.attention) add(scoresScene(trace, step.attention.e, step.attention.alpha, step.t));
  });
  return ids;
}

/** The ids of every term the formulas mark ⟦key|…⟧ and bind, at every step (an unbound key is plain TeX). */
export function formulaIds(trace: Trace, vocab: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const step of trace.steps)
    for (const line of stepFormulas(trace, step, vocab))
      for (const [, key] of line.tex.matchAll(/⟦(\w+)\|/gu)) {
        const id = line.bindings[key!];
        if (id !== undefined) ids.add(id);
      }
  return ids;
}

function traces(model: Seq2SeqModel): Trace[] {
  return [forward(model, "i love you"), forward(model, "i love you", { decoding: { strategy: "sample", temperature: 0.7, seed: 2, maxLength: 4 } })];
}

describe("hover ids are trace entry ids", () => {
  it.each(cases)("every id a picture or a formula of %s points at names entries of traceEntries(trace)", (_name, model) => {
    for (const trace of traces(model)) {
      const entries = new Set(traceEntries(trace).map((e) => e.id));
      const vocab = model.target.vocab;
      // Parameters (W_f) are the weight editor's: tests/ui/editor/paramIds.test.ts.
      const used = [...pictureIds(trace, vocab), ...formulaIds(trace, vocab)].filter((id) => paramPath(id) === undefined);
      expect(used.length).toBeGreaterThan(10);
      for (const id of used) for (const named of namedEntryIds(id)) expect(entries.has(named), `${id} names ${named}, not an entry`).toBe(true);
    }
  });

  it("a bidirectional merge line's h_j lights both halves in the encoder picture, each half only its own", () => {
    const trace = forward(presets["rnn attention dot bidirectional"], "i love you");
    const merge = trace.steps.findIndex((s) => s.kind === "merge");
    const line = stepFormulas(trace, trace.steps[merge]!, [])[1]!;
    const scene = encoderScene(trace, merge);
    const id = (key: string) => scene.rects.find((r) => r.key === key)!.id!;
    expect(line.bindings.h).toBe("enc.h.2");
    expect([id("h:f:2:frame"), id("h:b:2:frame"), id("h:f:3:frame")].map((p) => linked(line.bindings.h!, p))).toEqual([true, true, false]);
    expect(linked(line.bindings.hf!, id("h:f:2:frame"))).toBe(true);
    expect(linked(line.bindings.hf!, id("h:b:2:frame"))).toBe(false);
  });
});
