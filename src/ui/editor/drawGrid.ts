// Draws a parameter as a heat map into a <table role="grid"> with d3-selection: one cell per number,
// coloured on the player's diverging scale (the sign picks the hue, |w| / max the strength, so 0 is
// blank in both themes), with row and column headers. Only cells whose value, mark or selection
// changed are touched, so dragging one weight repaints one cell. A tall parameter (an output layer
// of 150,000 tokens) is drawn a window of rows at a time (`firstRow`, `shownRows`): the cells keep
// their flat indices, and aria-rowindex / aria-rowcount tell a screen reader where the window sits.

import * as d3 from "d3";
import { fmt } from "../player/format.ts";
import { signedFill } from "../player/scene.ts";

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
  /** The window of rows drawn: from `firstRow`, `shownRows` of them (all rows when left out). */
  readonly firstRow?: number;
  readonly shownRows?: number;
}

/** The rows a picture draws: [first, first + count). */
export function shownRange(p: GridPicture): { first: number; count: number } {
  const first = Math.min(Math.max(0, p.firstRow ?? 0), Math.max(0, p.rows - 1));
  return { first, count: Math.max(0, Math.min(p.shownRows ?? p.rows, p.rows - first)) };
}

/** What a cell shows; a cell is redrawn when this text changes. */
interface CellState {
  readonly value: number;
  readonly edited: boolean;
  readonly selected: boolean;
}

const drawn = new WeakMap<HTMLTableElement, { max: number; first: number; cells: CellState[]; editedText: string; tds: HTMLTableCellElement[] }>();

function background(value: number, max: number): string {
  const { fill, fillOpacity } = signedFill(value, max);
  const c = d3.color(fill);
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
  const all = !sameShape || before.max !== p.max || before.editedText !== editedText;
  const offset = first * p.cols;
  const cells: CellState[] = [];
  for (let i = 0; i < count * p.cols; i++) cells.push({ value: p.values[offset + i]!, edited: p.edited(offset + i), selected: offset + i === p.selected });
  // The cells by index, kept from the last draw: finding the one changed cell must not query them all.
  const tds = sameShape ? before.tds : d3.select(table).selectAll<HTMLTableCellElement, number>("td").nodes();
  const label = (i: number) => `${p.rowLabels[Math.floor((offset + i) / p.cols)] ?? ""}, ${p.colLabels[i % p.cols] ?? ""}: ${fmt(cells[i]!.value, 4)}${cells[i]!.edited ? editedText : ""}`;
  // Only what changed is written: each attribute write costs even when the value is the same, and
  // a drag changes one value at every frame.
  tds.forEach((td, i) => {
    const now = cells[i]!;
    const was = all ? undefined : before.cells[i]!;
    const valueChanged = !was || !Object.is(was.value, now.value);
    if (valueChanged) td.style.backgroundColor = background(now.value, p.max);
    if (!was || was.selected !== now.selected) {
      td.tabIndex = now.selected ? 0 : -1;
      td.setAttribute("aria-selected", String(now.selected));
      td.classList.toggle("is-selected", now.selected);
    }
    if (!was || was.edited !== now.edited) td.classList.toggle("is-edited", now.edited);
    if (valueChanged || was.edited !== now.edited) td.setAttribute("aria-label", label(i));
  });
  drawn.set(table, { max: p.max, first, cells, editedText, tds });
}
