// @vitest-environment jsdom
// GradientFlow prints the core's numbers: each is checked against stateGradients and clipGradients
// called here directly on the same task and models, not against numbers read from the widget.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { stateGradients } from "../../../src/core/grad/loss.ts";
import { clipGradients, gradNorm } from "../../../src/core/train/clip.ts";
import { flowModel, reversalPair, scaleRecurrent } from "../../../src/model/gradientFlow.ts";
import { GradientFlow } from "../../../src/ui/gradients/index.ts";
import { DEFAULT_MAX_NORM } from "../../../src/ui/gradients/GradientFlow.tsx";
import { decadesOf, formatNorm, tenTo } from "../../../src/ui/gradients/format.ts";

vi.setConfig({ testTimeout: 20_000 });

/** ‖∂L/∂h_t‖ of `cell` at scale k, straight from the core. */
function coreNorm(cell: "rnn" | "lstm" | "gru-reset-after", k: number, t: number): number {
  const { states } = stateGradients(scaleRecurrent(flowModel(cell), k), reversalPair());
  return Math.hypot(...states.get(`enc.f.${t}`)!.dh);
}

const cellText = (cell: string, step: number) => document.querySelector(`td[data-cell="${cell}"][data-step="${step}"]`)!.textContent;
const summary = (cell: string) => document.querySelector(`.flow-legend li[data-cell="${cell}"]`)!.textContent;

describe("GradientFlow", () => {
  it("rendering it shows ‖∂L/∂h_t‖ of every cell as the core computes it, and the RNN's first step as a power of ten of its last", () => {
    render(<GradientFlow />);
    for (const cell of ["rnn", "lstm", "gru-reset-after"] as const) {
      for (const t of [1, 15, 30]) {
        const shown = Number(cellText(cell, t));
        expect(shown).toBeCloseTo(Number(formatNorm(coreNorm(cell, 1, t))), 12);
        // The printed number is the core's to its two significant digits.
        expect(Math.abs(shown - coreNorm(cell, 1, t)) / coreNorm(cell, 1, t)).toBeLessThan(0.05);
      }
    }
    const ratio = coreNorm("rnn", 1, 1) / coreNorm("rnn", 1, 30);
    expect(summary("rnn")).toContain(`‖∂L/∂h₁‖ = ${formatNorm(coreNorm("rnn", 1, 1))}, ${tenTo(decadesOf(ratio)!)} of ‖∂L/∂h₃₀‖`);
    expect(ratio).toBeLessThan(1e-3);
  });

  it("moving the slider recomputes the chart's numbers at the new scale (the keys are tested in the browser, tests/e2e/learning.spec.ts)", async () => {
    render(<GradientFlow />);
    const slider = screen.getByRole("slider", { name: /Recurrent weights' scale k/u });
    const before = cellText("rnn", 1);
    fireEvent.change(slider, { target: { value: "3" } });
    await waitFor(() => expect(screen.getByRole("table", { name: /at k = 3\.00/u })).toBeTruthy());
    expect(cellText("rnn", 1)).not.toBe(before);
    expect(Number(cellText("rnn", 1))).toBeCloseTo(Number(formatNorm(coreNorm("rnn", 3, 1))), 6);
    expect(coreNorm("rnn", 3, 1)).toBeGreaterThan(coreNorm("rnn", 3, 30));
    // Exploded: the first step's gradient is a power of ten *times* the last one's.
    expect(summary("rnn")).toContain(`${tenTo(decadesOf(coreNorm("rnn", 3, 1) / coreNorm("rnn", 3, 30))!)} times ‖∂L/∂h₃₀‖`);
  });

  it("the clipping table shows the global norm before and after clipGradients, and marks the models it clipped", async () => {
    render(<GradientFlow />);
    fireEvent.change(screen.getByRole("slider", { name: /Recurrent weights' scale k/u }), { target: { value: "3" } });
    await waitFor(() => expect(screen.getByRole("table", { name: /at k = 3\.00/u })).toBeTruthy());
    const table = screen.getByRole("table", { name: /global gradient norm/u });
    const { grads } = stateGradients(scaleRecurrent(flowModel("rnn"), 3), reversalPair());
    const clipped = clipGradients(grads, DEFAULT_MAX_NORM);
    const row = within(table).getByRole("row", { name: /^RNN/u });
    expect(clipped.clipped).toBe(true);
    expect(within(row).getAllByRole("cell").map((c) => c.textContent)).toEqual([formatNorm(gradNorm(grads)), formatNorm(gradNorm(clipped.grads)), "✂ clipped"]);
  });

  it("typing a threshold that is not a positive number says why and keeps the last good one", async () => {
    const user = userEvent.setup();
    render(<GradientFlow />);
    const field = screen.getByRole("textbox", { name: "Clipping threshold for ‖g‖" });
    await user.clear(field);
    await user.type(field, "10");
    const row = () => within(screen.getByRole("table", { name: /global gradient norm/u })).getByRole("row", { name: /^RNN/u });
    const { grads } = stateGradients(flowModel("rnn"), reversalPair());
    expect(gradNorm(grads)).toBeGreaterThan(10);
    const clippedAt10 = [formatNorm(gradNorm(grads)), "10", "✂ clipped"];
    expect(within(row()).getAllByRole("cell").map((c) => c.textContent)).toEqual(clippedAt10);
    await user.clear(field);
    await user.type(field, "-2");
    expect(screen.getByText(/“-2” is not a threshold/u)).toBeTruthy();
    expect(within(row()).getAllByRole("cell").map((c) => c.textContent)).toEqual(clippedAt10);
  });
});
