// The gradient chart's geometry as data: t = 1 … T along x, ‖∂L/∂h_t‖ on a log y-axis spanning
// whole powers of ten around every drawable norm, one path per cell that breaks at 0, ∞ and NaN.

import * as d3 from "d3";
import { drawable } from "./format.ts";

/** Margins and height in CSS pixels; the width is the figure's own. */
export const FLOW_CHART = { height: 260, left: 52, right: 14, top: 22, bottom: 40 };

export interface FlowScales {
  readonly x: d3.ScaleLinear<number, number>;
  readonly y: d3.ScaleLogarithmic<number, number>;
  /** The exponents of the labelled powers of ten, at most six. */
  readonly decades: readonly number[];
}

/** Scales for curves of T points each; with nothing drawable the axis shows 10⁻³ … 10¹. */
export function flowScales(curves: readonly (readonly number[])[], width: number): FlowScales {
  const T = Math.max(2, ...curves.map((c) => c.length));
  const values = curves.flat().filter(drawable);
  const lo = values.length > 0 ? Math.floor(Math.log10(Math.min(...values))) : -3;
  const hi = values.length > 0 ? Math.max(lo + 1, Math.ceil(Math.log10(Math.max(...values)))) : 1;
  const every = Math.ceil((hi - lo + 1) / 6);
  const decades = d3.range(hi, lo - 1, -every).reverse();
  return {
    x: d3.scaleLinear([1, T], [FLOW_CHART.left, width - FLOW_CHART.right]),
    y: d3.scaleLog([10 ** lo, 10 ** hi], [FLOW_CHART.height - FLOW_CHART.bottom, FLOW_CHART.top]),
    decades,
  };
}

/** The SVG path of one curve (point t at x(t)), broken where a norm is 0, ∞ or NaN. */
export function curvePath(norms: readonly number[], scales: FlowScales): string {
  return (
    d3
      .line<number>()
      .defined(drawable)
      .x((_, i) => scales.x(i + 1))
      .y((v) => scales.y(v))(norms as number[]) ?? ""
  );
}

/** The steps t whose norm cannot be drawn (0, ∞ or NaN). */
export function undrawnSteps(norms: readonly number[]): number[] {
  return norms.flatMap((v, i) => (drawable(v) ? [] : [i + 1]));
}

/** About one x tick per 60 px: 1, then multiples of 5 (or 10) up to T. */
export function stepTicks(T: number, width: number): number[] {
  const every = width / T < 12 ? 10 : 5;
  return [1, ...d3.range(every, T + 1, every)];
}
