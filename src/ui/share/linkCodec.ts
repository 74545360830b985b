// The weights part of a share link (`w=` in the address): a small versioned binary record in
// base64url. Edits of a preset or of the demo are written as (path, index, float64) triples, exact;
// an imported model travels whole, as its model file's text compressed with deflate. Decoding checks
// every byte and every length against caps and never throws: it returns the value or a reason.

import { CELL_KINDS, DECODER_VARIANTS, QUERY_KINDS, SCORE_KINDS } from "../../core/model.ts";
import { LANGUAGE_PAIRS, type LanguagePair, type ModelChoice } from "../../model/defaults.ts";
import { FORBIDDEN_KEYS } from "../../model/safeJson.ts";
import type { Edits } from "../model/edits.ts";
import { ByteReader, ByteWriter, fromBase64Url, LinkError, toBase64Url } from "./bytes.ts";
import { deflate, inflate } from "./deflate.ts";

export type SharedWeights =
  | { readonly kind: "preset"; readonly file: string; readonly edits: Edits }
  | { readonly kind: "demo"; readonly choice: ModelChoice; readonly pair: LanguagePair; readonly edits: Edits }
  | { readonly kind: "model"; readonly text: string };

export type Decoded = { readonly ok: true; readonly value: SharedWeights } | { readonly ok: false; readonly reason: string };
export type Encoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

export const LINK_VERSION = 1;
/** Link formats this site might one day write; a first byte above this is damage, not a newer version. */
const NEWEST_PLAUSIBLE_VERSION = 15;
/** The largest payload a link may carry, in bytes, and in base64url characters. */
export const MAX_LINK_BYTES = 64 * 1024;
export const MAX_LINK_CHARS = Math.ceil((MAX_LINK_BYTES * 4) / 3);
/** The most edited numbers a link may carry. */
export const MAX_LINK_EDITS = 8192;
/** The largest model file text a link may unpack to. */
export const MAX_MODEL_TEXT = 4 * 1024 * 1024;
const MAX_INDEX = 2 ** 24;
const MAX_PATH_BYTES = 100;
const PATH = /^[A-Za-z_][\w.]*$/u;
const FILE = /^[\w.-]{1,100}\.json$/u;
const KINDS = { preset: 1, demo: 2, model: 3 } as const;

function writeEdits(w: ByteWriter, edits: Edits): void {
  const paths = Object.keys(edits).filter((p) => Object.keys(edits[p]!).length > 0);
  w.uint(paths.length);
  for (const path of paths) {
    const entries = Object.entries(edits[path]!).map(([i, v]) => [Number(i), v] as const).sort((a, b) => a[0] - b[0]);
    w.str(path).uint(entries.length);
    let previous = -1;
    for (const [index, value] of entries) {
      // Indices grow strictly, so each is written as its gap from the one before.
      w.uint(index - previous - 1).f64(value);
      previous = index;
    }
  }
}

function readEdits(r: ByteReader): Edits {
  const groups = r.uint("number of parameters", 256);
  const edits: Record<string, Record<number, number>> = {};
  let total = 0;
  for (let g = 0; g < groups; g++) {
    const path = r.str("parameter path", MAX_PATH_BYTES);
    // Prototype keys are refused by name: the edits are kept in a plain object keyed by path.
    if (!PATH.test(path) || FORBIDDEN_KEYS.has(path)) throw new LinkError(`the link names a parameter "${path.slice(0, 40)}" that no model has`);
    if (edits[path]) throw new LinkError(`the link lists ${path} twice`);
    const count = r.uint(`number of edits of ${path}`, MAX_LINK_EDITS - total);
    // Each edit takes at least 9 bytes: a count larger than the rest of the link is a forgery.
    if (count * 9 > r.remaining) throw new LinkError("the link is cut short (its edits)");
    total += count;
    const values: Record<number, number> = {};
    let index = -1;
    for (let k = 0; k < count; k++) {
      index += r.uint(`index in ${path}`, MAX_INDEX) + 1;
      if (index >= MAX_INDEX) throw new LinkError(`the link edits ${path} at an index beyond any model`);
      const value = r.f64(`a value of ${path}`);
      if (!Number.isFinite(value)) throw new LinkError(`the link sets ${path}[${index}] to ${value}, which is not a finite number`);
      values[index] = value;
    }
    edits[path] = values;
  }
  return edits;
}

function writeChoice(w: ByteWriter, c: ModelChoice): ByteWriter {
  return w.byte(CELL_KINDS.indexOf(c.cell)).byte(DECODER_VARIANTS.indexOf(c.variant)).byte(SCORE_KINDS.indexOf(c.score)).byte(QUERY_KINDS.indexOf(c.query)).byte(c.bidirectional ? 1 : 0);
}

function readChoice(r: ByteReader): ModelChoice {
  const pick = <T>(list: readonly T[], what: string): T => {
    const value = list[r.byte(what)];
    if (value === undefined) throw new LinkError(`the link names an unknown ${what}`);
    return value;
  };
  return { cell: pick(CELL_KINDS, "cell"), variant: pick(DECODER_VARIANTS, "decoder"), score: pick(SCORE_KINDS, "score"), query: pick(QUERY_KINDS, "query"), bidirectional: pick([false, true], "direction") };
}

/**
 * Why a link's first byte is not this site's version. Only a small next number can be a newer
 * version's link; random or damaged bytes are far more likely than a version 200, and are said so.
 */
function versionProblem(version: number): string {
  if (version > LINK_VERSION && version <= NEWEST_PLAUSIBLE_VERSION) return `the link was made by a newer version of this site (format ${version}), or it is damaged`;
  return "the link's weights are damaged: they do not start as this site's links do";
}

/** The `w=` text for shared weights, or why it cannot be made (too many edits, too large a model). */
export async function encodeShared(value: SharedWeights): Promise<Encoded> {
  const w = new ByteWriter().byte(LINK_VERSION).byte(KINDS[value.kind]);
  if (value.kind === "model") {
    const utf8 = new TextEncoder().encode(value.text);
    if (utf8.length > MAX_MODEL_TEXT) return { ok: false, reason: "the model is too large to share in a link; export it as a file instead" };
    w.uint(utf8.length).raw(await deflate(utf8));
  } else {
    const count = Object.values(value.edits).reduce((n, e) => n + Object.keys(e).length, 0);
    if (count > MAX_LINK_EDITS) return { ok: false, reason: `${count} edited numbers are more than a link carries (${MAX_LINK_EDITS}); export the model as a file instead` };
    if (value.kind === "preset") w.str(value.file);
    else writeChoice(w, value.choice).byte(LANGUAGE_PAIRS.indexOf(value.pair));
    writeEdits(w, value.edits);
  }
  const bytes = w.result();
  if (bytes.length > MAX_LINK_BYTES) return { ok: false, reason: `the link would carry ${Math.ceil(bytes.length / 1024)} KB, more than the ${MAX_LINK_BYTES / 1024} KB a link may; export the model as a file instead` };
  return { ok: true, text: toBase64Url(bytes) };
}

/** The shared weights in a `w=` text, or the reason it was refused. Never throws. */
export async function decodeShared(text: string): Promise<Decoded> {
  try {
    if (text.length === 0) throw new LinkError("the link's weights are empty");
    if (text.length > MAX_LINK_CHARS) throw new LinkError(`the link's weights are longer than the ${MAX_LINK_BYTES / 1024} KB a link may carry`);
    const r = new ByteReader(fromBase64Url(text));
    const version = r.byte("version");
    if (version !== LINK_VERSION) throw new LinkError(versionProblem(version));
    const kind = r.byte("kind");
    let value: SharedWeights;
    if (kind === KINDS.preset) {
      const file = r.str("preset name", 120);
      if (!FILE.test(file)) throw new LinkError("the link names a preset file this site cannot have");
      value = { kind: "preset", file, edits: readEdits(r) };
    } else if (kind === KINDS.demo) {
      const choice = readChoice(r);
      const pair = LANGUAGE_PAIRS[r.byte("language pair")];
      if (!pair) throw new LinkError("the link names an unknown language pair");
      value = { kind: "demo", choice, pair, edits: readEdits(r) };
    } else if (kind === KINDS.model) {
      const length = r.uint("model size", MAX_MODEL_TEXT);
      const utf8 = await inflate(r.raw("model", r.remaining), length);
      value = { kind: "model", text: new TextDecoder("utf-8", { fatal: true }).decode(utf8) };
    } else {
      throw new LinkError("the link's weights are of an unknown kind");
    }
    if (r.remaining > 0) throw new LinkError("the link has bytes after its end");
    return { ok: true, value };
  } catch (e) {
    return { ok: false, reason: e instanceof LinkError ? e.message : "the link's weights are damaged" };
  }
}
