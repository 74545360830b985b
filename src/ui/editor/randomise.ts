// New numbers for a parameter or a whole model, from the core's seeded generator: the scale of the
// core's initialisation (init.ts), so a randomised model behaves like an untrained one. Embeddings
// are N(0, 1); a matrix is Glorot uniform, U(−l, l) with l = √(6 / (fan_in + fan_out)); a vector
// (a bias, v) is U(−l, l) with l = √(6 / (n + 1)). Same seed ⇒ same numbers.

import { paramShapes, type ParamShape, type Seq2SeqModel } from "../../core/model.ts";
import { createRng, type Rng } from "../../core/rng.ts";
import { paramSize } from "../model/edits.ts";

function draw(shape: ParamShape, rng: Rng): Float64Array {
  const out = new Float64Array(paramSize(shape));
  if (shape.name === "E_src" || shape.name === "E_tgt") {
    for (let i = 0; i < out.length; i++) out[i] = rng.normal();
    return out;
  }
  const limit = shape.cols === undefined ? Math.sqrt(6 / (shape.rows + 1)) : Math.sqrt(6 / (shape.cols + shape.rows));
  for (let i = 0; i < out.length; i++) out[i] = (2 * rng.next() - 1) * limit;
  return out;
}

/** Fresh numbers for one parameter. */
export function randomParam(shape: ParamShape, seed: number): Float64Array {
  return draw(shape, createRng(seed));
}

/** Fresh numbers for every parameter, drawn from one generator in `paramShapes` order. */
export function randomModelParams(model: Seq2SeqModel, seed: number): Record<string, Float64Array> {
  const rng = createRng(seed);
  return Object.fromEntries(paramShapes(model).map((shape) => [shape.path, draw(shape, rng)]));
}

/** Every number times `factor`, or null when a product would not be a finite number. */
export function scaledParam(values: ArrayLike<number>, factor: number): Float64Array | null {
  const out = Float64Array.from(values, (x) => x * factor);
  return out.every(Number.isFinite) ? out : null;
}
