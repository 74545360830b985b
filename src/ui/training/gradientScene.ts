// The gradient-norm chart's geometry as data: one line per parameter group (the epoch's mean ‖g‖₂ before
// clipping, on a log scale, since the groups differ by orders of magnitude and an exploding gradient
// is a jump of several), and the epochs in which clipping scaled updates down.

import * as d3 from "d3";
import { PARAM_GROUPS, type ParamGroup } from "../../core/train/clip.ts";
import { CHART } from "./chartScene.ts";
import type { EpochPoint } from "./protocol.ts";

/** Norms below this are drawn at it: a group with no gradient yet does not stretch the scale to 0. */
const FLOOR = 1e-8;

type Measured = EpochPoint & Required<Pick<EpochPoint, "gradNorms">>;

/** The points that carry gradient norms (runs saved before they were measured have none). */
export function measuredPoints(history: readonly EpochPoint[]): Measured[] {
  return history.filter((p): p is Measured => p.gradNorms !== undefined);
}

/** The groups this model has: a group whose norm was 0 in every epoch (attention without attention) is left out. */
export function shownGroups(points: readonly Measured[]): ParamGroup[] {
  return PARAM_GROUPS.filter((g) => points.some((p) => p.gradNorms[g] > 0));
}

export function gradientScales(points: readonly Measured[], width: number) {
  const first = points[0]?.epoch ?? 1;
  const last = points.at(-1)?.epoch ?? first;
  const norms = points.flatMap((p) => PARAM_GROUPS.map((g) => p.gradNorms[g])).filter((x) => x > 0);
  const lo = Math.max(FLOOR, d3.min(norms) ?? 1e-3);
  // At least a factor of 4 tall, so a flat run is not drawn as a cliff; a little room above and below.
  const hi = Math.max(lo * 4, d3.max(norms) ?? 1);
  const x = d3.scaleLinear([first, Math.max(first + 4, last)], [CHART.left, width - CHART.right]);
  const y = d3.scaleLog([lo / 1.25, hi * 1.25], [CHART.height - CHART.bottom, CHART.top]);
  return { x, y };
}

/** The SVG path of one group's norms. */
export function groupPath(points: readonly Measured[], group: ParamGroup, scales: ReturnType<typeof gradientScales>): string {
  return d3.line<Measured>((p) => scales.x(p.epoch), (p) => scales.y(Math.max(FLOOR, p.gradNorms[group])))(points as Measured[]) ?? "";
}

/** The epochs in which clipping acted, with how many of the epoch's updates it scaled down. */
export function clippedEpochs(points: readonly Measured[]): { epoch: number; clipped: number; updates: number }[] {
  return points.filter((p) => (p.clippedUpdates ?? 0) > 0).map((p) => ({ epoch: p.epoch, clipped: p.clippedUpdates!, updates: p.updates ?? p.clippedUpdates! }));
}
