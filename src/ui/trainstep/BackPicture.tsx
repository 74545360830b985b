// The picture of one training step: the encoder states h_t (bottom left), the context, the decoder
// states s_t' with their attention (below) and output (above) nodes; each visited node's arrows
// point back to the nodes it read, their width by the size of the gradient sent (log scale), the
// current node's in the accent colour. Plain SVG drawn by React: a few dozen shapes.

import type { TrainingStepTrace } from "../../core/grad/backTrace.ts";
import type { BackNode } from "../../core/grad/backNodes.ts";
import { decoderStepsOf, numText, type ViewStep } from "./stepView.ts";

const COL = 64;
const BOX = 44;
// The encoder sits in the decoder's row, left of the context (the usual encoder–decoder picture);
// a backward direction's states in a row of their own under it.
const ROW = { out: 30, cell: 110, att: 190, enc: 110, encB: 180 } as const;

interface Place {
  readonly x: number;
  readonly y: number;
  readonly label: string;
  readonly sub: string;
}

/** Where each node sits, by node id. */
function places(st: TrainingStepTrace): Map<string, Place> {
  const out = new Map<string, Place>();
  const enc = st.trace.steps.filter((s) => s.kind === "encoder");
  const T = Math.max(...enc.map((s) => (s.kind === "encoder" ? s.t : 0)));
  for (const s of enc) {
    if (s.kind !== "encoder") continue;
    const b = s.direction === "backward";
    out.set(`back.${s.id}`, { x: 40 + (s.t - 1) * COL, y: b ? ROW.encB : ROW.enc, label: b ? `h←${s.t}` : `h${s.t}`, sub: b ? "" : s.token.text });
  }
  const ctxX = 40 + T * COL;
  out.set("back.ctx", { x: ctxX, y: ROW.cell, label: "s0", sub: "c" });
  for (const s of decoderStepsOf(st.trace)) {
    const x = ctxX + s.t * COL;
    out.set(`back.${s.id}.cell`, { x, y: ROW.cell, label: `s${s.t}`, sub: "" });
    out.set(`back.${s.id}.out`, { x, y: ROW.out, label: `z${s.t}`, sub: s.token });
    out.set(`back.${s.id}.att`, { x, y: ROW.att, label: `α${s.t}`, sub: "" });
  }
  return out;
}

/** Stroke width for a gradient norm, log-scaled against the largest: 4 decades span 0.6 … 7 px. */
function width(norm: number, max: number): number {
  if (!(norm > 0) || !(max > 0)) return 0;
  const decades = Math.log10(norm / max);
  return Math.max(0.6, 7 + (decades * 6.4) / 4);
}

/**
 * Arrowheads in three sizes (user units), by stroke width: a head that grew with the stroke would
 * cover the boxes at the widest arrows, one of a single size would vanish on the thickest.
 */
const HEADS = [8, 12, 16] as const;
function headOf(stroke: number): number {
  return stroke < 2 ? 0 : stroke < 4.5 ? 1 : 2;
}

const HALF = { w: BOX / 2 + 2, h: BOX / 4 + 8 };

/** Where the segment from the centre p towards q leaves p's box. */
function boxEdge(p: { x: number; y: number }, q: { x: number; y: number }): { x: number; y: number } {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const t = Math.min(dx === 0 ? Infinity : HALF.w / Math.abs(dx), dy === 0 ? Infinity : HALF.h / Math.abs(dy));
  return { x: p.x + dx * t, y: p.y + dy * t };
}

/**
 * A curve from box a to box b: straight between neighbours, routed around the boxes in between
 * otherwise.
 */
function edgePath(a: Place, b: Place): { d: string } {
  const far = Math.abs(a.x - b.x) > COL * 1.5;
  const sameCol = a.x === b.x && Math.abs(a.y - b.y) > (ROW.cell - ROW.out) * 1.5;
  if (far) {
    // A long run (attention to an encoder state, a cell to the context): down out of a, along
    // under the lower row, up into b, so it crosses no box.
    const floor = Math.max(a.y, b.y) + HALF.h + 28;
    const start = { x: a.x, y: a.y + HALF.h };
    const end = { x: b.x, y: b.y + HALF.h };
    return { d: `M${start.x} ${start.y}C${a.x} ${floor} ${b.x} ${floor} ${end.x} ${end.y}` };
  }
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  // Down a column past a box: bowed right.
  const c = sameCol ? { x: mid.x + 30, y: mid.y } : mid;
  const start = boxEdge(a, sameCol ? c : b);
  const end = boxEdge(b, sameCol ? c : a);
  return { d: `M${start.x} ${start.y}Q${c.x} ${c.y} ${end.x} ${end.y}` };
}

interface Props {
  readonly st: TrainingStepTrace;
  readonly steps: readonly ViewStep[];
  readonly index: number;
  readonly label: string;
}

export function BackPicture({ st, steps, index, label }: Props) {
  const at = places(st);
  const current = steps[index]!;
  const visited = new Set(steps.slice(0, index + 1).map((s) => s.id));
  const showAll = current.kind === "update";
  const nodes = st.nodes.filter((n) => at.has(n.id));
  const max = Math.max(0, ...st.nodes.flatMap((n) => n.sends.map((e) => e.norm)).filter(Number.isFinite));
  const edgesOf = (n: BackNode) => n.sends.filter((e) => at.has(e.to) && e.norm > 0);
  const shown = nodes.filter((n) => showAll || visited.has(n.id));
  const xs = [...at.values()].map((p) => p.x);
  const w = Math.max(...xs) + 40;
  const h = ROW.att + HALF.h + 40;
  return (
    <svg className="ts-picture" style={{ minWidth: `${Math.round(w * 0.8)}px` }} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={label}>
      <defs>
        {HEADS.map((size, i) => (
          <marker key={size} id={`ts-arrow-${i}`} viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth={size} markerHeight={size} orient="auto-start-reverse">
            <path d="M0 0L10 5L0 10z" fill="context-stroke" />
          </marker>
        ))}
      </defs>
      {shown.flatMap((n) =>
        edgesOf(n).map((e) => {
          const a = at.get(n.id)!;
          const b = at.get(e.to)!;
          const { d } = edgePath(a, b);
          const isCurrent = n.id === current.id;
          const stroke = width(e.norm, max);
          return (
            <path key={`${n.id}>${e.to}`} className={isCurrent ? "ts-edge ts-edge-now" : "ts-edge"} d={d} strokeWidth={stroke} markerEnd={`url(#ts-arrow-${headOf(stroke)})`}>
              <title>{`‖∂L/∂${e.name}‖ = ${numText(e.norm)}`}</title>
            </path>
          );
        }),
      )}
      {[...at.entries()].map(([id, p]) => {
        const node = st.nodes.find((n) => n.id === id);
        const state = id === current.id ? "now" : visited.has(id) || showAll ? "done" : "later";
        if (!node && id !== "back.ctx") return null;
        return (
          <g key={id} className={`ts-node ts-${state}`} transform={`translate(${p.x - BOX / 2} ${p.y - BOX / 4 - 6})`}>
            <rect width={BOX} height={BOX / 2 + 12} rx="5" />
            <text x={BOX / 2} y={BOX / 4 + 4} textAnchor="middle">
              {p.label.replace(/\d+$/u, "")}
              <tspan className="ts-index" dy="4">
                {/\d+$/u.exec(p.label)?.[0] ?? ""}
              </tspan>
            </text>
            {p.sub && (
              <text className="ts-sub" x={BOX / 2} y={p.y === ROW.out || id.startsWith("back.enc.") ? -4 : BOX / 2 + 24} textAnchor="middle">
                {p.sub}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
