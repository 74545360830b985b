// Draws a parameter as a heat map into a <table role="grid"> with d3-selection: one cell per number,
// coloured on the player's diverging scale (the sign picks the hue, |w| / max the strength, so 0 is
// blank in both themes), with row and column headers. Only cells whose value, mark or selection
// changed are touched, so dragging one weight repaints one cell. A tall parameter (an output layer
// of 150,000 tokens) is drawn a window of rows at a time (`firstRow`, `shownRows`): the cells keep
// their flat indices, and aria-rowindex / aria-rowcount tell a screen reader where the window sits.
// With `gradients`, the cells show ∂L/∂θ instead, on a scale of their own (PuOr: purple above 0,
// orange below), and each cell's name and title give both numbers.

import * as d3 from "d3";
import { num } from "../i18n/learnStep.ts";
import { fmt } from "../kit/format.ts";
import { signedFill } from "../kit/scene.ts";

export interface GridPicture {
  readonly rows: number;
  readonly cols: number;
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  readonly values: ArrayLike<number>;
  /** Whether the number at a flat index differs from the preset's. */
  readonly edited: (index: number) => boolean;
  readonly selected: number;
  /** The colour scale's ends are ±max. */
  readonly max: number;
  /** The parameter's symbol, for each cell's title ("W_f[f₃, h₂] = 0.412"). */
  readonly symbol?: string;
  /** ∂L/∂θ of each number, drawn instead of the values on a scale whose ends are ±max. */
  readonly gradients?: GridGradients;
  /** The window of rows drawn: from `firstRow`, `shownRows` of them (all rows when left out). */
  readonly firstRow?: number;
  readonly shownRows?: number;
}

export interface GridGradients {
  readonly values: ArrayLike<number>;
  readonly max: number;
  /** The words after a cell's value in its name: ", ∂L/∂θ −0.0031" in the reader's language. */
  readonly text: (grad: string) => string;
}

/** The rows a picture draws: [first, first + count). */
export function shownRange(p: GridPicture): { first: number; count: number } {
  const first = Math.min(Math.max(0, p.firstRow ?? 0), Math.max(0, p.rows - 1));
  return { first, count: Math.max(0, Math.min(p.shownRows ?? p.rows, p.rows - first)) };
}

/** What a cell shows; a cell is redrawn when this text changes. */
interface CellState {
  readonly value: number;
  /** ∂L/∂θ, when the gradients are shown. */
  readonly grad: number | undefined;
  readonly edited: boolean;
  readonly selected: boolean;
}

/** What every cell's colour and name depend on: a change redraws them all. */
interface Scale {
  readonly max: number;
  readonly gradMax: number | undefined;
  readonly editedText: string;
  readonly gradText: GridGradients["text"] | undefined;
}

const drawn = new WeakMap<HTMLTableElement, { scale: Scale; first: number; cells: CellState[]; tds: HTMLTableCellElement[] }>();

const sameScale = (a: Scale, b: Scale) => a.max === b.max && a.gradMax === b.gradMax && a.editedText === b.editedText && a.gradText === b.gradText;

// ColorBrewer's PuOr for gradients, so that they never read as weights (RdBu): the same opacity
// ramp as the weights', with the hue of the sign.
const gradScale = d3.scaleDiverging(d3.interpolatePuOr).domain([-1, 0, 1]);
const GRAD_NEGATIVE = gradScale(-0.75);
const GRAD_POSITIVE = gradScale(0.75);

function background(value: number, max: number, gradient: boolean): string {
  const { fill, fillOpacity } = signedFill(value, max);
  const c = d3.color(gradient ? (value < 0 ? GRAD_NEGATIVE : GRAD_POSITIVE) : fill);
  return c ? c.copy({ opacity: fillOpacity }).formatRgb() : fill;
}

function structure(table: HTMLTableElement, p: GridPicture): void {
  const { first, count } = shownRange(p);
  const t = d3.select(table);
  const head = t.selectAll("thead").data([0]).join("thead").selectAll("tr").data([0]).join("tr").attr("role", "row").attr("aria-rowindex", 1);
  head
    .selectAll<HTMLTableCellElement, string>("th")
    .data(["", ...p.colLabels])
    .join("th")
    .attr("role", "columnheader")
    .attr("scope", "col")
    .text((d) => d);
  const rows = t
    .selectAll("tbody")
    .data([0])
    .join("tbody")
    .selectAll<HTMLTableRowElement, number>("tr")
    .data(d3.range(first, first + count))
    .join("tr")
    .attr("role", "row")
    .attr("aria-rowindex", (r) => r + 2);
  rows
    .selectAll<HTMLTableCellElement, number>("th")
    .data((r) => [r])
    .join("th")
    .attr("role", "rowheader")
    .attr("scope", "row")
    .text((r) => p.rowLabels[r] ?? String(r + 1));
  rows
    .selectAll<HTMLTableCellElement, number>("td")
    .data((r) => d3.range(r * p.cols, (r + 1) * p.cols))
    .join("td")
    .attr("role", "gridcell")
    .attr("data-index", (i) => i);
}

/**
 * Draws `p` into `table`; a table already drawn with the same shape only has its changed cells
 * redrawn. `editedText` ends an edited cell's name, in the reader's language.
 */
export function drawGrid(table: HTMLTableElement, p: GridPicture, editedText = ", edited"): void {
  const { first, count } = shownRange(p);
  const before = drawn.get(table);
  const sameShape = before !== undefined && before.first === first && before.cells.length === count * p.cols && table.tBodies[0]?.rows.length === count;
  if (!sameShape) structure(table, p);
  const g = p.gradients;
  const scale: Scale = { max: p.max, gradMax: g?.max, editedText, gradText: g?.text };
  const all = !sameShape || !sameScale(before.scale, scale);
  const offset = first * p.cols;
  const cells: CellState[] = [];
  for (let i = 0; i < count * p.cols; i++) cells.push({ value: p.values[offset + i]!, grad: g?.values[offset + i], edited: p.edited(offset + i), selected: offset + i === p.selected });
  // The cells by index, kept from the last draw: finding the one changed cell must not query them all.
  const tds = sameShape ? before.tds : d3.select(table).selectAll<HTMLTableCellElement, number>("td").nodes();
  const where = (i: number) => `${p.rowLabels[Math.floor((offset + i) / p.cols)] ?? ""}, ${p.colLabels[i % p.cols] ?? ""}`;
  const gradText = (c: CellState) => (c.grad === undefined || !g ? "" : g.text(num(c.grad)));
  const label = (i: number) => `${where(i)}: ${fmt(cells[i]!.value, 4)}${gradText(cells[i]!)}${cells[i]!.edited ? editedText : ""}`;
  const title = (i: number) => {
    const name = `${p.symbol ?? ""}[${where(i)}]`;
    const c = cells[i]!;
    return `${name} = ${num(c.value)}${c.grad === undefined ? "" : `, ∂L/∂${name} = ${num(c.grad)}`}`;
  };
  // Only what changed is written: each attribute write costs even when the value is the same, and
  // a drag changes one value at every frame.
  tds.forEach((td, i) => {
    const now = cells[i]!;
    const was = all ? undefined : before.cells[i]!;
    const valueChanged = !was || !Object.is(was.value, now.value) || !Object.is(was.grad, now.grad);
    if (valueChanged) td.style.backgroundColor = now.grad === undefined ? background(now.value, p.max, false) : background(now.grad, g!.max, true);
    if (!was || was.selected !== now.selected) {
      td.tabIndex = now.selected ? 0 : -1;
      td.setAttribute("aria-selected", String(now.selected));
      td.classList.toggle("is-selected", now.selected);
    }
    if (!was || was.edited !== now.edited) td.classList.toggle("is-edited", now.edited);
    if (valueChanged || was.edited !== now.edited) {
      td.setAttribute("aria-label", label(i));
      td.title = title(i);
    }
  });
  drawn.set(table, { scale, first, cells, tds });
}
