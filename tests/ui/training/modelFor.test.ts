// The training page builds its model through the recipe: modelFor(settings, corpus) is the recipe's
// architecture for the settings (query and direction when the settings name them) at the reader's
// width and seed, on the corpus with its extension; trainConfigFor adds the recipe's guided alignment.

import { describe, expect, it } from "vitest";
import { fullCorpus, recipeFor } from "../../../src/core/train/index.ts";
import { DEFAULT_SETTINGS } from "../../../src/ui/training/protocol.ts";
import { modelFor, trainConfigFor } from "../../../src/ui/training/session.ts";
import { corpus } from "./harness.tsx";

describe("modelFor", () => {
  it("modelFor(DEFAULT_SETTINGS, corpus) is the recipe's LSTM with general attention on the current state, n = 16, on the full en-fr vocabulary", () => {
    const model = modelFor(DEFAULT_SETTINGS, corpus);
    const recipe = recipeFor({ cell: "lstm", variant: "attention", score: "general", query: "current", bidirectional: false }, "en-fr");
    expect(model.decoder.attention?.query).toBe("current");
    expect([model.encoder.hidden, model.decoder.hidden, model.decoder.init, model.source.embeddings.cols]).toEqual([16, 16, recipe.model.decoder.init, recipe.model.d_x]);
    expect(model.source.vocab).toEqual(fullCorpus(corpus).sourceVocab);
    expect(model.target.vocab).toContain("noir");
  });

  it("modelFor(settings with query and bidirectional, corpus) builds that architecture, splitting the width between the two directions", () => {
    const model = modelFor({ ...DEFAULT_SETTINGS, cell: "gru-reset-after", score: "additive", hidden: 32, query: "previous", bidirectional: true }, corpus);
    expect([model.encoder.cell, model.encoder.bidirectional, model.encoder.hidden, model.decoder.hidden]).toEqual(["gru-reset-after", true, 16, 32]);
    expect(model.decoder.attention).toMatchObject({ score: "additive", query: "previous" });
  });

  it("trainConfigFor(settings) keeps the reader's optimiser, batch and seed and adds the recipe's clipping and guided alignment", () => {
    const config = trainConfigFor({ ...DEFAULT_SETTINGS, seed: 7, batchSize: 4 });
    const recipe = recipeFor({ cell: "lstm", variant: "attention", score: "general", query: "current", bidirectional: false }, "en-fr");
    expect(config).toMatchObject({ seed: 7, batchSize: 4, optimizer: { kind: "adam", learningRate: DEFAULT_SETTINGS.learningRate }, clipNorm: recipe.training.clipNorm, alignmentWeight: recipe.training.alignmentWeight });
    expect(trainConfigFor({ ...DEFAULT_SETTINGS, variant: "every-step" }).alignmentWeight).toBeUndefined();
  });
});
