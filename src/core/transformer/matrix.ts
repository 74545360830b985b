// Row-major matrix helpers for the Transformer, where rows are tokens: products, transposed products,
// bias rows, column blocks. (A B)_ij = Σ_k A_ik B_kj (the matrix form of Vaswani et al. 2017, seed 004).
// Every function returns a new matrix and never writes to its inputs.

import type { Mat, ReadonlyVec, Vec } from "../tensor.ts";

function need(ok: boolean, what: string): void {
  if (!ok) throw new RangeError(what);
}

/** A rows × cols matrix of zeros. */
export function matZeros(rows: number, cols: number): Mat {
  return { rows, cols, data: new Float64Array(rows * cols) };
}

/** A matrix from a flat row-major array (copied). Shape: rows × cols. */
export function matOf(rows: number, cols: number, values: ArrayLike<number>): Mat {
  need(values.length === rows * cols, `matOf: ${values.length} values for ${rows} × ${cols}`);
  return { rows, cols, data: Float64Array.from(values) };
}

/** A B. Shape: (m × k) · (k × n) → m × n. */
export function matMul(A: Mat, B: Mat): Mat {
  need(A.cols === B.rows, `matMul: ${A.rows} × ${A.cols} · ${B.rows} × ${B.cols}`);
  const out = new Float64Array(A.rows * B.cols);
  for (let i = 0; i < A.rows; i++) {
    for (let j = 0; j < B.cols; j++) {
      let s = 0;
      for (let k = 0; k < A.cols; k++) s += A.data[i * A.cols + k]! * B.data[k * B.cols + j]!;
      out[i * B.cols + j] = s;
    }
  }
  return { rows: A.rows, cols: B.cols, data: out };
}

/** A Bᵀ, without building Bᵀ. Shape: (m × k) · (n × k)ᵀ → m × n. */
export function matMulBT(A: Mat, B: Mat): Mat {
  need(A.cols === B.cols, `matMulBT: ${A.rows} × ${A.cols} · (${B.rows} × ${B.cols})ᵀ`);
  const out = new Float64Array(A.rows * B.rows);
  for (let i = 0; i < A.rows; i++) {
    for (let j = 0; j < B.rows; j++) {
      let s = 0;
      for (let k = 0; k < A.cols; k++) s += A.data[i * A.cols + k]! * B.data[j * B.cols + k]!;
      out[i * B.rows + j] = s;
    }
  }
  return { rows: A.rows, cols: B.rows, data: out };
}

/** Aᵀ B, without building Aᵀ. Shape: (k × m)ᵀ · (k × n) → m × n. */
export function matMulAT(A: Mat, B: Mat): Mat {
  need(A.rows === B.rows, `matMulAT: (${A.rows} × ${A.cols})ᵀ · ${B.rows} × ${B.cols}`);
  const out = new Float64Array(A.cols * B.cols);
  for (let i = 0; i < A.cols; i++) {
    for (let j = 0; j < B.cols; j++) {
      let s = 0;
      for (let k = 0; k < A.rows; k++) s += A.data[k * A.cols + i]! * B.data[k * B.cols + j]!;
      out[i * B.cols + j] = s;
    }
  }
  return { rows: A.cols, cols: B.cols, data: out };
}

/** A + B. Shapes: m × n, m × n → m × n. */
export function matAdd(A: Mat, B: Mat): Mat {
  need(A.rows === B.rows && A.cols === B.cols, `matAdd: ${A.rows} × ${A.cols} + ${B.rows} × ${B.cols}`);
  const out = new Float64Array(A.data.length);
  for (let i = 0; i < out.length; i++) out[i] = A.data[i]! + B.data[i]!;
  return { rows: A.rows, cols: A.cols, data: out };
}

/** A + 1 bᵀ: the bias b added to every row (every token). Shapes: m × n, n → m × n. */
export function addRowVec(A: Mat, b: ReadonlyVec): Mat {
  need(b.length === A.cols, `addRowVec: ${A.rows} × ${A.cols} + row of ${b.length}`);
  const out = new Float64Array(A.data.length);
  for (let i = 0; i < A.rows; i++) for (let j = 0; j < A.cols; j++) out[i * A.cols + j] = A.data[i * A.cols + j]! + b[j]!;
  return { rows: A.rows, cols: A.cols, data: out };
}

/** s A. Shape: m × n → m × n. */
export function matScale(A: Mat, s: number): Mat {
  return matMap(A, (x) => s * x);
}

/** f applied to every entry. Shape: m × n → m × n. */
export function matMap(A: Mat, f: (x: number) => number): Mat {
  const out = new Float64Array(A.data.length);
  for (let i = 0; i < out.length; i++) out[i] = f(A.data[i]!);
  return { rows: A.rows, cols: A.cols, data: out };
}

/** Σ_i A_i·, the sum of the rows: the gradient of a bias added to every row. Shape: m × n → n. */
export function colSums(A: Mat): Vec {
  const out = new Float64Array(A.cols);
  for (let i = 0; i < A.rows; i++) for (let j = 0; j < A.cols; j++) out[j]! += A.data[i * A.cols + j]!;
  return out;
}

/** Columns start .. start + width − 1 (one head's block). Shape: m × n → m × width. */
export function sliceCols(A: Mat, start: number, width: number): Mat {
  need(start >= 0 && start + width <= A.cols, `sliceCols: columns ${start}..${start + width - 1} of ${A.cols}`);
  const out = new Float64Array(A.rows * width);
  for (let i = 0; i < A.rows; i++) out.set(A.data.subarray(i * A.cols + start, i * A.cols + start + width), i * width);
  return { rows: A.rows, cols: width, data: out };
}

/** [A_1 A_2 … A_h]: blocks side by side. Shapes: h × (m × n_k) → m × Σ n_k. */
export function concatCols(blocks: readonly Mat[]): Mat {
  need(blocks.length > 0, "concatCols: no blocks");
  const rows = blocks[0]!.rows;
  need(
    blocks.every((b) => b.rows === rows),
    "concatCols: blocks differ in rows",
  );
  const cols = blocks.reduce((s, b) => s + b.cols, 0);
  const out = new Float64Array(rows * cols);
  let at = 0;
  for (const b of blocks) {
    for (let i = 0; i < rows; i++) out.set(b.data.subarray(i * b.cols, (i + 1) * b.cols), i * cols + at);
    at += b.cols;
  }
  return { rows, cols, data: out };
}

/** The rows of E at the given ids (an embedding lookup). Shape: (V × d), T ids → T × d. */
export function gatherRows(E: Mat, ids: readonly number[]): Mat {
  const out = new Float64Array(ids.length * E.cols);
  ids.forEach((id, t) => {
    need(Number.isInteger(id) && id >= 0 && id < E.rows, `gatherRows: id ${id} outside 0..${E.rows - 1}`);
    out.set(E.data.subarray(id * E.cols, (id + 1) * E.cols), t * E.cols);
  });
  return { rows: ids.length, cols: E.cols, data: out };
}

/** The largest |entry|, or 0 for an empty input. */
export function maxAbs(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) m = Math.max(m, Math.abs(values[i]!));
  return m;
}
