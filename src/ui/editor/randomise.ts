// New numbers for a parameter or a whole model, from the core's seeded generator: the scale of the
// core's initialisation (init.ts), so a randomised model behaves like an untrained one. Embeddings
// are N(0, 1); a matrix is Glorot uniform (core/glorot.ts); a vector (a bias, v) is Glorot uniform
// with fan_out = 1, l = √(6 / (n + 1)), as init.ts draws v. Same seed ⇒ same numbers.

import { paramShapes, type ParamShape, type Seq2SeqModel } from "../../core/model.ts";
import { createRng, type Rng } from "../../core/rng.ts";
import { glorot } from "../../core/glorot.ts";
import { paramSize } from "../model/edits.ts";

function draw(shape: ParamShape, rng: Rng): Float64Array {
  if (shape.name === "E_src" || shape.name === "E_tgt") {
    const out = new Float64Array(paramSize(shape));
    for (let i = 0; i < out.length; i++) out[i] = rng.normal();
    return out;
  }
  // init.ts starts biases at a constant (0, or 1 for b_f), which is no random draw: the editor gives
  // every vector v's rule instead.
  return shape.cols === undefined ? glorot(shape.rows, shape.rows, 1, rng) : glorot(shape.rows * shape.cols, shape.cols, shape.rows, rng);
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
