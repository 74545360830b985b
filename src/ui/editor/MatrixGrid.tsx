// One parameter as a heat map the reader can edit: click or arrow to a cell (one Tab stop per grid,
// a roving tabindex), Enter or F2 or a digit to type its value, Delete to reset it, and a vertical
// drag on a cell to change it continuously (Shift for fine steps). D3 draws the cells (drawGrid.ts).
// A parameter of more than WINDOW_ROWS rows (the output layer of a large vocabulary) shows the page
// of rows that holds the selected cell, with buttons to the pages before and after: drawing 150,000
// rows would hold the page for half a minute.

import { useEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent } from "react";
import { useT } from "../i18n/index.ts";
import { drawGrid, type GridPicture } from "./drawGrid.ts";

/** The most rows drawn at once. */
export const WINDOW_ROWS = 64;

interface Props {
  readonly label: string;
  readonly picture: GridPicture;
  readonly onSelect: (index: number) => void;
  /** A new value during a drag. */
  readonly onDrag: (index: number, value: number) => void;
  /** Enter, F2 or a typed character: go to the value field. */
  readonly onStartTyping: () => void;
  readonly onReset: (index: number) => void;
}

const TYPED = /^[\d.+\-eE]$/u;
/** Pixels of drag per step: a full-scale change takes 100 px, or 1000 px with Shift. */
const PX_PER_SCALE = 100;

function indexOf(target: EventTarget | null): number | null {
  const cell = target instanceof Element ? target.closest("td[data-index]") : null;
  return cell ? Number(cell.getAttribute("data-index")) : null;
}

/** The value after dragging `dy` pixels up from `start`, rounded to the step so numbers stay short. */
export function dragValue(start: number, dy: number, scale: number, fine: boolean): number {
  const step = (scale / PX_PER_SCALE) * (fine ? 0.1 : 1);
  const decimals = Math.min(12, Math.max(0, Math.ceil(-Math.log10(step)) + 1));
  const value = start + dy * step;
  const rounded = Number(value.toFixed(decimals));
  return Number.isFinite(rounded) ? rounded : value;
}

export function MatrixGrid({ label, picture, onSelect, onDrag, onStartTyping, onReset }: Props) {
  const ref = useRef<HTMLTableElement>(null);
  const drag = useRef<{ index: number; y: number; start: number; id: number } | null>(null);
  const { rows, cols, selected } = picture;
  const t = useT();
  const editedText = t.editor.cellEdited;
  const paged = rows > WINDOW_ROWS;
  const firstRow = paged ? Math.floor(Math.floor(selected / cols) / WINDOW_ROWS) * WINDOW_ROWS : 0;
  const shown = useMemo(() => (paged ? { ...picture, firstRow, shownRows: WINDOW_ROWS } : picture), [picture, paged, firstRow]);
  // A cell on another page is focused once that page is drawn.
  const pendingFocus = useRef<number | null>(null);

  useEffect(() => {
    if (!ref.current) return;
    drawGrid(ref.current, shown, editedText);
    if (pendingFocus.current !== null) {
      ref.current.querySelector<HTMLElement>(`td[data-index="${pendingFocus.current}"]`)?.focus();
      pendingFocus.current = null;
    }
  }, [shown, editedText]);

  const focusCell = (index: number) => {
    onSelect(index);
    // The roving tabindex follows once React has drawn; focus the cell now so keys keep flowing.
    const cell = ref.current?.querySelector<HTMLElement>(`td[data-index="${index}"]`);
    if (cell) cell.focus();
    else pendingFocus.current = index;
  };
  const toPage = (delta: number) => {
    const row = Math.min(rows - 1, Math.max(0, firstRow + delta * WINDOW_ROWS));
    onSelect(row * cols + (selected % cols));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const at = indexOf(e.target);
    if (at === null) return;
    const r = Math.floor(at / cols);
    const c = at % cols;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [Math.max(0, r - 1), c],
      ArrowDown: [Math.min(rows - 1, r + 1), c],
      ArrowLeft: [r, Math.max(0, c - 1)],
      ArrowRight: [r, Math.min(cols - 1, c + 1)],
      PageUp: [Math.max(0, r - WINDOW_ROWS), c],
      PageDown: [Math.min(rows - 1, r + WINDOW_ROWS), c],
      Home: e.ctrlKey ? [0, 0] : [r, 0],
      End: e.ctrlKey ? [rows - 1, cols - 1] : [r, cols - 1],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      focusCell(move[0] * cols + move[1]);
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      onStartTyping();
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      onReset(at);
    } else if (TYPED.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Not prevented: the character lands in the value field, which takes focus with its text selected.
      onStartTyping();
    }
  };

  const onPointerDown = (e: PointerEvent<HTMLTableElement>) => {
    const at = indexOf(e.target);
    if (at === null || e.button !== 0) return;
    // On a touch screen only the selected cell drags, so the page still scrolls over the others.
    if (e.pointerType !== "mouse" && at !== selected) return focusCell(at);
    e.preventDefault();
    focusCell(at);
    (e.target as Element).setPointerCapture?.(e.pointerId);
    drag.current = { index: at, y: e.clientY, start: picture.values[at]!, id: e.pointerId };
  };
  const onPointerMove = (e: PointerEvent<HTMLTableElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    onDrag(d.index, dragValue(d.start, d.y - e.clientY, Math.max(1, picture.max), e.shiftKey));
  };
  const endDrag = () => {
    drag.current = null;
  };

  return (
    <>
      {paged && <GridPager first={firstRow} rows={rows} onPage={toPage} />}
      <div className="weight-grid-frame">
        <table
          ref={ref}
          className="weight-grid"
          role="grid"
          aria-label={label}
          aria-rowcount={rows + 1}
          aria-colcount={cols + 1}
          onKeyDown={onKeyDown}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
        />
      </div>
    </>
  );
}

/** The page of rows shown, and the buttons to the pages before and after it. */
function GridPager({ first, rows, onPage }: { first: number; rows: number; onPage: (delta: number) => void }) {
  const g = useT().faults.grid;
  return (
    <div className="weight-grid-pager" role="group" aria-label={g.pages}>
      <button type="button" onClick={() => onPage(-1)} disabled={first === 0}>
        {g.earlier}
      </button>
      <span role="status">{g.rows(first + 1, Math.min(rows, first + WINDOW_ROWS), rows)}</span>
      <button type="button" onClick={() => onPage(1)} disabled={first + WINDOW_ROWS >= rows}>
        {g.later}
      </button>
    </div>
  );
}
