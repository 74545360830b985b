// The reader's edits as storage keeps them, checked entry by entry with valibot: base id → parameter
// path → [index, value] pairs. An entry that does not fit (an unknown kind of base id, a path no
// model could have, a key that reaches Object.prototype, an index or value that is not a number) is
// left out and counted, so the caller can say how many were set aside; the rest survives.

import * as v from "valibot";
import { FORBIDDEN_KEYS } from "../../model/safeJson.ts";
import type { Edits } from "./edits.ts";

/** The ids edits are kept under (sources.ts): a preset's file, a demo's choice, the imported model. */
const BASE_ID = /^(?:preset:[\w.-]{1,100}\.json|demo:[\w:/-]{1,80}|import)$/u;
/** A parameter path as paramShapes writes it ("decoder.output.W_out"). */
const PATH = /^[A-Za-z_][\w.]{0,99}$/u;
/** Larger than any parameter of any model this site can hold. */
export const MAX_EDIT_INDEX = 2 ** 24;

const key = (pattern: RegExp) => v.pipe(v.string(), v.regex(pattern), v.check((k) => !FORBIDDEN_KEYS.has(k)));
const baseIdSchema = key(BASE_ID);
const pathSchema = key(PATH);
// JSON cannot write -0, which a reader may type: it is kept as the string "-0".
const storedNumber = v.union([v.pipe(v.number(), v.finite()), v.literal("-0")]);
const pairSchema = v.tuple([v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_EDIT_INDEX - 1)), storedNumber]);

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const size = (x: unknown): number => (Array.isArray(x) ? Math.max(1, x.length) : isRecord(x) ? Math.max(1, Object.values(x).reduce<number>((n, y) => n + size(y), 0)) : 1);

export interface ReadEdits {
  readonly edits: Record<string, Edits>;
  /** How many stored values were left out. */
  readonly discarded: number;
}

/** The edits of one base; `discard(n)` counts what does not fit. */
function paramsFromJson(raw: unknown, discard: (n: number) => void): Edits {
  const params = new Map<string, Record<number, number>>();
  if (!isRecord(raw)) {
    discard(size(raw));
    return {};
  }
  for (const [path, pairs] of Object.entries(raw)) {
    if (!v.is(pathSchema, path) || !Array.isArray(pairs)) {
      discard(size(pairs));
      continue;
    }
    const values: Record<number, number> = {};
    for (const pair of pairs) {
      if (!v.is(pairSchema, pair)) {
        discard(1);
        continue;
      }
      values[pair[0]] = pair[1] === "-0" ? -0 : pair[1];
    }
    if (Object.keys(values).length > 0) params.set(path, values);
  }
  return Object.fromEntries(params);
}

/** Every base's edits in a stored `edits` field. Never throws. */
export function editsFromJson(raw: unknown): ReadEdits {
  let discarded = 0;
  const discard = (n: number) => (discarded += n);
  const out = new Map<string, Edits>();
  if (raw === undefined || raw === null) return { edits: {}, discarded };
  if (!isRecord(raw)) return { edits: {}, discarded: size(raw) };
  for (const [base, params] of Object.entries(raw)) {
    if (!v.is(baseIdSchema, base)) {
      discard(size(params));
      continue;
    }
    const edits = paramsFromJson(params, discard);
    if (Object.keys(edits).length > 0) out.set(base, edits);
  }
  return { edits: Object.fromEntries(out), discarded };
}

const toJsonNumber = (x: number): number | string => (Object.is(x, -0) ? "-0" : x);

/** The stored form of every base's edits (exact: every number reads back bit for bit). */
export function editsToJson(edits: Readonly<Record<string, Edits>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [base, params] of Object.entries(edits)) {
    out[base] = Object.fromEntries(Object.entries(params).map(([path, values]) => [path, Object.entries(values).map(([i, x]) => [Number(i), toJsonNumber(x)])]));
  }
  return out;
}
