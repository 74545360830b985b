// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { softmax } from "../../../src/core/activations.ts";
import { scores } from "../../../src/core/attention.ts";
import { forward } from "../../../src/core/forward.ts";
import { demoModel } from "../../../src/model/defaults.ts";
import { DecoderComparison, GruComparison, ScoreComparison } from "../../../src/ui/player/index.ts";
import { sameEncoder } from "../../../src/ui/player/DecoderComparison.tsx";
import { stateGaps } from "../../../src/ui/player/GruComparison.tsx";
import { resetAfterTwin } from "../../../src/ui/player/gruTwin.ts";
import { compareScores } from "../../../src/ui/player/ScoreComparison.tsx";
import { DEFAULT_STATE } from "../../../src/ui/store.ts";
import { KATEX_WAIT } from "./helpers.ts";

// Rendering the player in jsdom is slow on a busy shared machine; this is a ceiling, not a timing check.
vi.setConfig({ testTimeout: 20_000 });

const choice = DEFAULT_STATE.choice;

describe("DecoderComparison", () => {
  it("rendering it shows the three decoder variants, each with its output, on one shared encoder; attention queries the previous state, as its formula says", () => {
    render(<DecoderComparison />);
    for (const name of ["Context as initial state", "Context at every step", "Attention"]) {
      const panel = screen.getByRole("region", { name });
      const trace = forward(demoModel({ ...choice, query: "previous", variant: name === "Attention" ? "attention" : name.includes("every") ? "every-step" : "initial" }, 1), "I love you");
      expect(within(panel).getByText(/^Output:/u).parentElement?.textContent).toBe(`Output: ${trace.output.text}`);
    }
    expect(screen.getByText(/All three read the same encoder states/u)).toBeTruthy();
  });

  it("sameEncoder(traces) holds for the three variants of one seed and fails for another seed", () => {
    const traces = (["initial", "every-step", "attention"] as const).map((variant) => forward(demoModel({ ...choice, variant }, 1), "I love you"));
    expect(sameEncoder(traces)).toBe(true);
    expect(sameEncoder([traces[0]!, forward(demoModel(choice, 2), "I love you")])).toBe(false);
  });

  it("choosing another cell recomputes all three decoders", async () => {
    const user = userEvent.setup();
    render(<DecoderComparison cell="lstm" />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Cell" }), "RNN");
    const rnn = forward(demoModel({ ...choice, cell: "rnn", variant: "initial" }, 1), "I love you");
    const panel = screen.getByRole("region", { name: "Context as initial state" });
    expect(within(panel).getByText(/^Output:/u).parentElement?.textContent).toBe(`Output: ${rnn.output.text}`);
  });
});

describe("ScoreComparison", () => {
  it("compareScores(trace, 1, models) scores the same query s_0 against the same states with each model's weights", () => {
    const models = (["dot", "scaled", "general", "additive"] as const).map((score) => demoModel({ ...choice, score }, 1));
    const trace = forward(models[0]!, "I love you");
    const rows = compareScores(trace, 1, models);
    const s0 = trace.steps.find((s) => s.kind === "context")!;
    if (s0.kind !== "context") throw new Error("unreachable");
    expect(rows.map((r) => r.score)).toEqual(["dot", "scaled", "general", "additive"]);
    for (const [i, row] of rows.entries()) {
      const e = scores(models[i]!.decoder.attention!, s0.s_0, trace.H).e;
      expect(Array.from(row.e)).toEqual(Array.from(e));
      expect(Array.from(row.alpha)).toEqual(Array.from(softmax(e)));
    }
    // The scaled score is the dot score over √n.
    expect(rows[1]!.e[0]).toBeCloseTo(rows[0]!.e[0]! / 2, 12);
  });

  it("rendering it shows one panel per score with a picture of e and α", () => {
    render(<ScoreComparison />);
    for (const name of ["Dot score", "Scaled dot score", "General score", "Additive score"]) {
      expect(within(screen.getByRole("region", { name })).getByRole("img", { name: /e = .*α = /u })).toBeTruthy();
    }
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

  it("moving the position slider shows both candidate formulas at that encoder step", async () => {
    render(<GruComparison />);
    fireEvent.change(screen.getByRole("slider", { name: /Encoder step/u }), { target: { value: "1" } });
    const before = screen.getByRole("region", { name: "Reset before (Cho et al. 2014)" });
    const after = screen.getByRole("region", { name: "Reset after (PyTorch, cuDNN, Keras)" });
    await waitFor(() => expect(within(before).getByRole("region", { name: /^Formulas of this step/u }).textContent).toContain("candidate (reset before)"), KATEX_WAIT);
    expect(within(before).getByText("Encoder, t = 2 (love)", { selector: "h3" })).toBeTruthy();
    expect(within(after).getByRole("region", { name: /^Formulas of this step/u }).textContent).toContain("candidate (reset after)");
  });
});
