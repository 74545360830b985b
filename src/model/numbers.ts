// The numbers inside a model file's parameters: that every entry is a number in a consistently
// nested array (structure), and that every number is finite (JSON.parse("1e999") gives Infinity;
// an edited model can hold NaN). Each error names the first bad entry's path.

import { describe, joinPath, modelError, type ModelError } from "./types.ts";

/** The parameter groups of a file-shaped object: just enough structure to walk it. */
export interface ParamGroups {
  readonly source: { readonly embeddings: readonly unknown[] };
  readonly target: { readonly embeddings: readonly unknown[] };
  readonly encoder: { readonly weights: Record<string, readonly unknown[]>; readonly backwardWeights?: Record<string, readonly unknown[]> };
  readonly decoder: {
    readonly weights: Record<string, readonly unknown[]>;
    readonly attention?: { readonly weights: Record<string, readonly unknown[]> };
    readonly output: Record<string, readonly unknown[]>;
  };
}

/** Every parameter array with its path, in file order. */
export function paramEntries(file: ParamGroups): [string, readonly unknown[]][] {
  const out: [string, readonly unknown[]][] = [
    ["source.embeddings", file.source.embeddings],
    ["target.embeddings", file.target.embeddings],
  ];
  const add = (prefix: string, group: Record<string, readonly unknown[]> | undefined) => {
    if (group) for (const [name, value] of Object.entries(group)) out.push([joinPath(prefix, name), value]);
  };
  add("encoder.weights", file.encoder.weights);
  add("encoder.backwardWeights", file.encoder.backwardWeights);
  add("decoder.weights", file.decoder.weights);
  add("decoder.attention.weights", file.decoder.attention?.weights);
  add("decoder.output", file.decoder.output);
  return out;
}

/** The entries of one parameter with their paths: [path, value] for each number slot. */
function* slots(path: string, value: readonly unknown[]): Generator<[string, unknown, "row" | "number"]> {
  const matrix = Array.isArray(value[0]);
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!matrix) {
      yield [joinPath(path, i), item, "number"];
    } else if (!Array.isArray(item)) {
      yield [joinPath(path, i), item, "row"];
    } else {
      for (let j = 0; j < item.length; j++) yield [joinPath(joinPath(path, i), j), item[j], "number"];
    }
  }
}

/** One error for the first slot that fails `bad`, counting the others. */
export function firstBad(path: string, value: readonly unknown[], bad: (x: unknown, want: "row" | "number") => string | undefined): ModelError | undefined {
  let first: ModelError | undefined;
  let more = 0;
  for (const [p, x, want] of slots(path, value)) {
    const expected = bad(x, want);
    if (expected === undefined) continue;
    if (first) more++;
    else first = modelError(p, `expected ${expected}, got ${describe(x)}`);
  }
  if (!first || more === 0) return first;
  return { path: first.path, message: `${first.message} (and ${more} more in ${path})` };
}

/** Entries that are not numbers, or rows among numbers (structure). Embeddings must be rows. */
export function elementErrors(file: ParamGroups): ModelError[] {
  const errors: ModelError[] = [];
  for (const [path, value] of paramEntries(file)) {
    if (path.endsWith(".embeddings") && value.length > 0 && !Array.isArray(value[0])) {
      errors.push(modelError(joinPath(path, 0), `expected a row of numbers (one row per token), got ${describe(value[0])}`));
      continue;
    }
    const e = firstBad(path, value, (x, want) => {
      if (want === "row") return "a row of numbers, like row 0";
      return typeof x === "number" ? undefined : "a number";
    });
    if (e) errors.push(e);
  }
  return errors;
}

/** Numbers that are NaN or ±Infinity. Assumes `elementErrors` found nothing. */
export function finiteErrors(file: ParamGroups): ModelError[] {
  const errors: ModelError[] = [];
  for (const [path, value] of paramEntries(file)) {
    const e = firstBad(path, value, (x) => (Number.isFinite(x) ? undefined : "a finite number"));
    if (e) errors.push(e);
  }
  return errors;
}
