// Vectors and row-major matrices in float64, and the few products the cells need.
// Vectors are columns; `W v` is a matrix–vector product (notation.md).
// Every function returns a new array and never writes to its inputs.

/** A vector that the core hands out: treat it as read-only. Shape: [length]. */
export type Vec = Float64Array;

/** A read-only view of a vector, as the core accepts it. */
export type ReadonlyVec = ArrayLike<number>;

/** A row-major matrix: element (i, j) is data[i * cols + j]. Shape: rows × cols. */
export interface Mat {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

// When W v mixes huge weights and huge inputs (1e300 · 1e300), the plain sum overflows to ±∞ or,
// with terms of both signs, to ∞ − ∞ = NaN. Such a row is summed again with every term scaled by
// 2^−1024: the result is the exact sum's sign as ±∞ when it lies beyond float64 (σ and tanh map ±∞
// to their limits), and a finite value otherwise. Rows that do not overflow never take this path.
const HALF_SCALE = 2 ** -512;

/** Σ_j W[i, j] u_j over one or two column segments plus a bias, in the overflow-safe form. */
function rescueRow(data: Float64Array, o: number, segments: readonly (readonly [ArrayLike<number>, number])[], bias: number): number {
  let s = bias * HALF_SCALE * HALF_SCALE;
  let col = o;
  for (const [u, len] of segments) {
    for (let j = 0; j < len; j++) s += data[col + j]! * HALF_SCALE * (u[j]! * HALF_SCALE);
    col += len;
  }
  return s / HALF_SCALE / HALF_SCALE;
}

/** A vector from numbers. */
export function vec(values: ArrayLike<number>): Vec {
  return Float64Array.from(values as ArrayLike<number>);
}

/** A zero vector of length n. */
export function zeros(n: number): Vec {
  return new Float64Array(n);
}

/** A matrix from nested rows (one inner array per output unit). Shape: rows.length × rows[0].length. */
export function matFromRows(rows: readonly (readonly number[])[]): Mat {
  const r = rows.length;
  const c = r === 0 ? 0 : rows[0]!.length;
  const data = new Float64Array(r * c);
  for (let i = 0; i < r; i++) {
    const row = rows[i]!;
    if (row.length !== c) throw new RangeError(`row ${i} has ${row.length} values, expected ${c}`);
    data.set(row, i * c);
  }
  return { rows: r, cols: c, data };
}

/** Nested rows of a matrix, for JSON. */
export function matToRows(m: Mat): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

/** Row i of a matrix as a new vector. Shape: cols. */
export function row(m: Mat, i: number): Vec {
  return m.data.slice(i * m.cols, (i + 1) * m.cols);
}

/** W v. Shape: (rows × cols) · cols → rows. */
export function matVec(W: Mat, v: ReadonlyVec): Vec {
  const { rows, cols, data } = W;
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let s = 0;
    const o = i * cols;
    for (let j = 0; j < cols; j++) s += data[o + j]! * v[j]!;
    out[i] = s - s === 0 ? s : rescueRow(data, o, [[v, cols]], 0);
  }
  return out;
}

/** Wᵀ v. Shape: (rows × cols)ᵀ · rows → cols. */
export function matTVec(W: Mat, v: ReadonlyVec): Vec {
  const { rows, cols, data } = W;
  const out = new Float64Array(cols);
  for (let i = 0; i < rows; i++) {
    const vi = v[i]!;
    const o = i * cols;
    for (let j = 0; j < cols; j++) out[j]! += data[o + j]! * vi;
  }
  return out;
}

/**
 * W [a; x] + b without building the concatenation: the first a.length columns of W act on a,
 * the rest on x. Shape: (n × (p + q)) · [p; q] + n → n.
 */
export function affine2(W: Mat, a: ReadonlyVec, x: ReadonlyVec, b: ReadonlyVec): Vec {
  const { rows, cols, data } = W;
  const p = a.length;
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const o = i * cols;
    let s = b[i]!;
    for (let j = 0; j < p; j++) s += data[o + j]! * a[j]!;
    for (let j = p; j < cols; j++) s += data[o + j]! * x[j - p]!;
    out[i] = s - s === 0 ? s : rescueRow(data, o, [[a, p], [x, cols - p]], b[i]!);
  }
  return out;
}

/**
 * Four products W_k [a; x] + b_k that read the same [a; x] (an LSTM's f, i, o and C̃), in one pass.
 * Each sum runs in affine2's order, so the results equal four affine2 calls bit for bit; reading
 * [a; x] once and keeping four independent sums in flight makes it ~1.5× faster (docs/bench.md).
 * Shapes: four W_k n × (p + q), a p, x q, four b_k n → four n-vectors.
 */
export function affine2x4(W: readonly [Mat, Mat, Mat, Mat], a: ReadonlyVec, x: ReadonlyVec, b: readonly [ReadonlyVec, ReadonlyVec, ReadonlyVec, ReadonlyVec]): [Vec, Vec, Vec, Vec] {
  const [W0, W1, W2, W3] = W;
  const { rows, cols } = W0;
  if (W1.rows !== rows || W2.rows !== rows || W3.rows !== rows || W1.cols !== cols || W2.cols !== cols || W3.cols !== cols) {
    return [affine2(W0, a, x, b[0]), affine2(W1, a, x, b[1]), affine2(W2, a, x, b[2]), affine2(W3, a, x, b[3])];
  }
  const p = a.length;
  const d0 = W0.data, d1 = W1.data, d2 = W2.data, d3 = W3.data;
  const b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3];
  const r0 = new Float64Array(rows), r1 = new Float64Array(rows), r2 = new Float64Array(rows), r3 = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const o = i * cols;
    let s0 = b0[i]!, s1 = b1[i]!, s2 = b2[i]!, s3 = b3[i]!;
    for (let j = 0; j < p; j++) {
      const v = a[j]!;
      s0 += d0[o + j]! * v;
      s1 += d1[o + j]! * v;
      s2 += d2[o + j]! * v;
      s3 += d3[o + j]! * v;
    }
    for (let j = p; j < cols; j++) {
      const v = x[j - p]!;
      s0 += d0[o + j]! * v;
      s1 += d1[o + j]! * v;
      s2 += d2[o + j]! * v;
      s3 += d3[o + j]! * v;
    }
    // The rescue's segment list is built here, on the rare path: hoisted out of the loop, one more
    // value live across the hot loop cost ~9% at n = 128.
    r0[i] = s0 - s0 === 0 ? s0 : rescueRow(d0, o, [[a, p], [x, cols - p]], b0[i]!);
    r1[i] = s1 - s1 === 0 ? s1 : rescueRow(d1, o, [[a, p], [x, cols - p]], b1[i]!);
    r2[i] = s2 - s2 === 0 ? s2 : rescueRow(d2, o, [[a, p], [x, cols - p]], b2[i]!);
    r3[i] = s3 - s3 === 0 ? s3 : rescueRow(d3, o, [[a, p], [x, cols - p]], b3[i]!);
  }
  return [r0, r1, r2, r3];
}

/** W v + b. Shape: (n × m) · m + n → n. */
export function affine(W: Mat, v: ReadonlyVec, b: ReadonlyVec): Vec {
  const out = matVec(W, v);
  for (let i = 0; i < out.length; i++) out[i]! += b[i]!;
  return out;
}

/** [a; b]. Shape: p, q → p + q. */
export function concat(a: ReadonlyVec, b: ReadonlyVec): Vec {
  const out = new Float64Array(a.length + b.length);
  out.set(a as ArrayLike<number>, 0);
  out.set(b as ArrayLike<number>, a.length);
  return out;
}

/** a · b. Shapes: n, n → scalar. */
export function dot(a: ReadonlyVec, b: ReadonlyVec): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Σ_j w_j v_j: a weighted sum of vectors. Shapes: T, T × n → n. */
export function weightedSum(w: ReadonlyVec, vs: readonly ReadonlyVec[]): Vec {
  const n = vs.length === 0 ? 0 : vs[0]!.length;
  const out = new Float64Array(n);
  for (let j = 0; j < vs.length; j++) {
    const wj = w[j]!;
    const v = vs[j]!;
    for (let i = 0; i < n; i++) out[i]! += wj * v[i]!;
  }
  return out;
}

/** The mean of vectors. Shapes: T × n → n. */
export function mean(vs: readonly ReadonlyVec[]): Vec {
  const out = weightedSum(new Float64Array(vs.length).fill(1), vs);
  for (let i = 0; i < out.length; i++) out[i]! /= vs.length;
  return out;
}

/** The element-wise map of a vector. */
export function map(v: ReadonlyVec, f: (x: number) => number): Vec {
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = f(v[i]!);
  return out;
}

/** A v + B w + b: two matrices on two vectors. Shape: (n × p) · p + (n × q) · q + n → n. */
export function affinePair(A: Mat, v: ReadonlyVec, B: Mat, w: ReadonlyVec, b: ReadonlyVec): Vec {
  const n = A.rows;
  const out = new Float64Array(n);
  const p = A.cols;
  const q = B.cols;
  const a = A.data;
  const bd = B.data;
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    const oa = i * p;
    for (let j = 0; j < p; j++) s += a[oa + j]! * v[j]!;
    const ob = i * q;
    for (let j = 0; j < q; j++) s += bd[ob + j]! * w[j]!;
    if (s - s !== 0) s = rescueRow(a, oa, [[v, p]], 0) + rescueRow(bd, ob, [[w, q]], b[i]!);
    out[i] = s;
  }
  return out;
}
