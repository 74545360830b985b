// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { scores } from "../../../src/core/attention.ts";
import { forward } from "../../../src/core/forward.ts";
import { demoModel } from "../../../src/model/defaults.ts";
import { DecoderComparison, GruComparison, ScoreComparison } from "../../../src/ui/player/index.ts";
import { sameEncoder } from "../../../src/ui/player/DecoderComparison.tsx";
import { stateGaps } from "../../../src/ui/player/GruComparison.tsx";
import { resetAfterTwin } from "../../../src/ui/player/gruTwin.ts";
import { compareScores } from "../../../src/ui/player/ScoreComparison.tsx";
import { scoreComparisonChoices } from "../../../src/ui/components/widgetChoices.ts";
import { DEFAULT_PLAYER } from "../../../src/ui/playerStore.ts";
import { memoryPresets } from "../editor/harness.tsx";
import { diskPresets, presetModel, withPresets } from "./diskPresets.tsx";
import { KATEX_WAIT } from "./helpers.ts";

// Rendering the player in jsdom is slow on a busy shared machine; this is a ceiling, not a timing check.
vi.setConfig({ testTimeout: 20_000 });

const choice = DEFAULT_PLAYER.choice;

/** How long a test waits for the presets to be read and traced: a ceiling for a busy machine, not a timing check. */
const PRESET_WAIT = { timeout: 10_000 };
const UNTRAINED = /These weights are random and untrained/u;
const output = (name: string) => within(screen.getByRole("region", { name })).getByText(/^Output:/u).parentElement?.textContent;
const VARIANT_OF: Readonly<Record<string, "initial" | "every-step" | "attention">> = { "Context as initial state": "initial", "Context at every step": "every-step", Attention: "attention" };

describe("DecoderComparison", () => {
  it("rendering it shows the three decoder variants, each the trained preset's output, and says their encoders were trained with them", async () => {
    render(withPresets(diskPresets(), <DecoderComparison />));
    for (const [name, variant] of Object.entries(VARIANT_OF)) {
      const trace = forward(presetModel({ ...choice, query: "previous", variant }), "I love you");
      await waitFor(() => expect(output(name)).toBe(`Output: ${trace.output.text}`), PRESET_WAIT);
    }
    expect(screen.getByText(/Each decoder is a model trained with it/u)).toBeTruthy();
    expect(screen.queryByText(UNTRAINED)).toBeNull();
  });

  it("rendering it where no preset can be loaded shows the untrained demos on one shared encoder, and says they are untrained", async () => {
    render(withPresets(memoryPresets(), <DecoderComparison />));
    await waitFor(() => expect(screen.getByText(UNTRAINED)).toBeTruthy(), PRESET_WAIT);
    for (const [name, variant] of Object.entries(VARIANT_OF)) {
      const trace = forward(demoModel({ ...choice, query: "previous", variant }, 1), "I love you");
      expect(output(name)).toBe(`Output: ${trace.output.text}`);
    }
    expect(screen.getByText(/All three read the same encoder states/u)).toBeTruthy();
  });

  it("sameEncoder(traces) holds for the three variants of one seed and fails for another seed", () => {
    const traces = (["initial", "every-step", "attention"] as const).map((variant) => forward(demoModel({ ...choice, variant }, 1), "I love you"));
    expect(sameEncoder(traces)).toBe(true);
    expect(sameEncoder([traces[0]!, forward(demoModel(choice, 2), "I love you")])).toBe(false);
  });

  it("choosing another cell recomputes all three decoders with that cell's presets", async () => {
    const user = userEvent.setup();
    render(withPresets(diskPresets(), <DecoderComparison cell="lstm" />));
    await user.selectOptions(screen.getByRole("combobox", { name: "Cell" }), "RNN");
    const rnn = forward(presetModel({ ...choice, cell: "rnn", query: "previous", variant: "initial" }), "I love you");
    await waitFor(() => expect(output("Context as initial state")).toBe(`Output: ${rnn.output.text}`), PRESET_WAIT);
  });
});

describe("ScoreComparison", () => {
  it.each(["current", "previous"] as const)("compareScores(traces, t) scores each model's own query (%s state) against its own states, which gives the weights its trace attends with", (query) => {
    const models = scoreComparisonChoices({ query }).map((c) => presetModel(c));
    const traces = models.map((m) => forward(m, "I love you"));
    for (const t of [1, 2]) {
      const rows = compareScores(traces, t);
      expect(rows.map((r) => r.score)).toEqual(["dot", "scaled", "general", "additive"]);
      for (const [i, row] of rows.entries()) {
        const step = traces[i]!.steps.filter((s) => s.kind === "decoder")[t - 1]!;
        if (step.kind !== "decoder") throw new Error("unreachable");
        expect(models[i]!.decoder.attention!.query).toBe(query);
        expect(Array.from(row.e)).toEqual(Array.from(scores(models[i]!.decoder.attention!, query === "current" ? step.s_t : step.s_prev, traces[i]!.H).e));
        expect(Array.from(row.alpha)).toEqual(Array.from(step.attention!.alpha));
        expect(row.token).toBe(step.token);
      }
    }
  });

  it("compareScores takes a shorter output's last step for a later t'", () => {
    const model = presetModel({ ...choice, query: "previous" });
    const trace = forward(model, "I love you");
    const last = trace.steps.filter((s) => s.kind === "decoder").length;
    expect(compareScores([trace], last + 3)[0]!.token).toBe(compareScores([trace], last)[0]!.token);
  });

  it("rendering it shows one trained panel per score, querying with the current state, with a picture of e and α and the word its model writes; at t′ = 1 each puts at least 0.8 on “I”", async () => {
    render(withPresets(diskPresets(), <ScoreComparison />));
    expect(screen.getByRole("slider", { name: "Query s(t′) for t′ = 1" })).toBeTruthy();
    for (const name of ["Dot score", "Scaled dot score", "General score", "Additive score"]) {
      await waitFor(() => expect(within(screen.getByRole("region", { name })).getByText("writes “je”")).toBeTruthy(), PRESET_WAIT);
      const picture = within(screen.getByRole("region", { name })).getByRole("img", { name: /e = .*α = /u }).getAttribute("aria-label")!;
      const alpha = /α = ([^;]*)\./u.exec(picture)![1]!.split(", ").map(Number);
      expect(alpha[0], `${name}: α on “I”`).toBeGreaterThanOrEqual(0.8);
    }
    expect(screen.queryByText(UNTRAINED)).toBeNull();
  });
});

describe("GruComparison", () => {
  it("resetAfterTwin(model) agrees with its reset-before model at t = 1 and differs later", () => {
    const before = demoModel({ ...choice, cell: "gru-reset-before" }, 1);
    const a = forward(before, "I love you");
    const b = forward(resetAfterTwin(before), "I love you");
    const gaps = stateGaps(a, b);
    expect(gaps[0]).toBe(0);
    expect(Math.max(...gaps.slice(1))).toBeGreaterThan(1e-6);
  });

  it("rendering it with the presets shows the reset-before model's trained weights in both forms, and says the reset-after side was not trained in its form", async () => {
    render(withPresets(diskPresets(), <GruComparison />));
    await waitFor(() => expect(screen.getByText(/the reset-after side reads them in its own form/u)).toBeTruthy(), PRESET_WAIT);
    const trace = forward(presetModel({ ...choice, cell: "gru-reset-before" }), "I love you");
    expect(within(screen.getByRole("region", { name: "Reset before (Cho et al. 2014)" })).getByText(/^Output:/u).parentElement?.textContent).toBe(`Output: ${trace.output.text}`);
    expect(screen.queryByText(UNTRAINED)).toBeNull();
  });

  it("moving the position slider shows both candidate formulas at that encoder step", async () => {
    render(withPresets(memoryPresets(), <GruComparison />));
    fireEvent.change(screen.getByRole("slider", { name: /Encoder step/u }), { target: { value: "1" } });
    const before = screen.getByRole("region", { name: "Reset before (Cho et al. 2014)" });
    const after = screen.getByRole("region", { name: "Reset after (PyTorch, cuDNN, Keras)" });
    await waitFor(() => expect(within(before).getByRole("region", { name: /^Formulas of this step/u }).textContent).toContain("candidate (reset before)"), KATEX_WAIT);
    expect(within(before).getByText("Encoder, t = 2 (love)", { selector: "h3" })).toBeTruthy();
    expect(within(after).getByRole("region", { name: /^Formulas of this step/u }).textContent).toContain("candidate (reset after)");
  });
});
