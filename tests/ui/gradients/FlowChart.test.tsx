// @vitest-environment jsdom
// The chart with norms that are ∞, NaN or 0: it still draws, breaks the curve there and writes the
// value at the top edge.
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { FlowResult } from "../../../src/model/gradientFlow.ts";
import { FlowChart } from "../../../src/ui/gradients/FlowChart.tsx";
import { decadesOf, formatNorm } from "../../../src/ui/gradients/format.ts";
import { gradientsEn } from "../../../src/ui/i18n/gradients.ts";
import { gradientsZh } from "../../../src/ui/i18n/gradientsZh.ts";

const result = (cell: FlowResult["cell"], norms: number[]): FlowResult => ({ cell, loss: NaN, norms, ratio: norms[0]! / norms.at(-1)!, gradNorm: NaN });

describe("FlowChart", () => {
  it("rendering curves with ∞, NaN and 0 draws the finite points, writes ∞ and NaN at their steps and puts no NaN into a path", () => {
    const { container } = render(<FlowChart results={[result("rnn", [1e-9, Infinity, 1e-3, NaN, 0, 1]), result("lstm", [NaN, NaN, NaN, NaN, NaN, NaN])]} label="chart" describedBy="x" />);
    const paths = Array.from(container.querySelectorAll(".flow-curve path"), (p) => p.getAttribute("d") ?? "");
    expect(paths).toHaveLength(2);
    expect(paths[0]).toMatch(/^M/u);
    expect(paths.join(" ")).not.toMatch(/NaN|Infinity/u);
    expect(paths[1]).toBe("");
    const marks = Array.from(container.querySelectorAll(".flow-rnn .flow-undrawn"), (t) => t.textContent);
    expect(marks).toEqual(["∞", "NaN", "0"]);
    expect(container.querySelectorAll(".flow-lstm .flow-undrawn")).toHaveLength(6);
  });

  it("the summary of a curve whose first or last norm is ∞ or NaN names the value and says it cannot be compared", () => {
    const r = result("rnn", [Infinity, 1, 2]);
    expect(gradientsEn.summary("RNN", 3, formatNorm(r.norms[0]!), decadesOf(r.ratio))).toBe("RNN: ‖∂L/∂h₁‖ = ∞, not comparable with ‖∂L/∂h₃‖ (0, ∞ or NaN)");
    expect(gradientsZh.summary("RNN", 3, formatNorm(NaN), decadesOf(NaN))).toContain("无法与 ‖∂L/∂h₃‖ 比较");
  });
});
