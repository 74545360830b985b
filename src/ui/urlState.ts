// The URL is the source of truth for what is shown: `#/lesson/<slug>?<choices>` or
// `#/playground?<choices>`. These pure functions turn a view into a hash and back. Decoding never
// throws: a missing, unknown or malformed value falls back to its default, so any link opens a page.
//
// Language: the Chinese edition's paths start with `/zh` (`#/zh/lesson/lstm?step=3`); a path
// without a prefix is English (`#/en/…` is read too). Only a hash that names no page at all (an
// empty hash, `#/`) takes the reader's remembered language. Slugs are the same in both languages.
//
// Parameters, each owned by one row of URL_FIELDS below (its parameters, how it reads them and falls
// back to its default, how it writes them; the table's order is the address's): cell, variant,
// score, query, bi (the architecture); pair (en-fr or en-zh, written when
// it is not the language's own pair: en-fr for English, en-zh for Chinese); s (the sentence, written
// when it is not the pair's running example); dec, T, seed (the decoding strategy, written only when
// it is not greedy: `dec=sample&T=0.8&seed=3`, src/model/decoding.ts); K, alpha (the beam player's
// width and length penalty, written when not the default: src/model/beamChoice.ts); seed without
// dec=sample (the exercises' seed, 0 to 999 999: `#/lesson/lstm?seed=42` gives a class the same
// numbers; it is kept on every route, so it follows the reader from lesson to lesson); lessons (the
// exercise sheet's lessons, `#/exercises?seed=42&lessons=lstm,gru`, written when not all of them);
// step; tstep (the training-step player's step, by id: `tstep=back.dec.2.cell`); present=N (figure N of the page, counted from 1, fills the screen); w (a share link's weights).

import type { DecodingStrategy } from "../core/decoding.ts";
import { TRAINING_STEP_ID } from "../core/grad/backNodes.ts";
import { beamOfParams, beamParams, sameBeam, DEFAULT_BEAM, type BeamChoice } from "../model/beamChoice.ts";
import { readChoiceFields } from "../model/choice.ts";
import { strategyOfParams, strategyParams } from "../model/decoding.ts";
import { readExerciseSeed } from "../exercises/seed.ts";
import { defaultPairOf, LANGUAGE_PAIRS, PAIR_EXAMPLES, type LanguagePair } from "../model/pairs.ts";
import type { Lang } from "./kit/lang.ts";
import { DEFAULT_STATE, type ModelChoice } from "./store.ts";

/** The route of the player page; lessons are `#/lesson/<slug>`. */
export const PLAYGROUND = "playground";
/** The route of the training page (`#/train`). */
export const TRAIN = "train";
/** The route of the instructor's exercise sheet (`#/exercises`). */
export const SHEET = "exercises";
/** The routes that are not lessons: `#/playground`, `#/train`, `#/exercises`. */
const ROUTES: readonly string[] = [PLAYGROUND, TRAIN, SHEET];

/** Longer sentences are cut (in characters): a link should not be able to make the page tokenise a novel. */
export const MAX_SENTENCE_LENGTH = 200;

/**
 * A sentence as an address may carry it: at most MAX_SENTENCE_LENGTH characters (code points, so a
 * cut never splits one), and no lone surrogate, which encodeURIComponent would throw on.
 */
export function capSentence(sentence: string): string {
  const chars = Array.from(sentence);
  const capped = chars.length > MAX_SENTENCE_LENGTH ? chars.slice(0, MAX_SENTENCE_LENGTH).join("") : sentence;
  return capped.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, "\uFFFD");
}
const MAX_STEP = 100_000;
/** Longer than any lesson slug; a longer path is not shown back to the reader. */
const MAX_SLUG_LENGTH = 80;
/** More figures than any page has; a larger number is not a figure. */
const MAX_FIGURE = 99;
/**
 * Longer weights are cut one character past this, so the share-link decoder still sees that the
 * text is too long and says so (it caps links at 64 KB, about 87,400 characters).
 */
export const MAX_WEIGHTS_LENGTH = 100_000;

/** The part of the app state that a URL carries. */
export interface UrlView {
  /** A lesson slug, or PLAYGROUND. */
  readonly lesson: string;
  readonly choice: ModelChoice;
  readonly sentence: string;
  /** The cursor: a step id of the trace (`dec.2`), or an index (older links, the beam player's steps). */
  readonly step: number | string;
  /** The decoding strategy, present only when it is not greedy. */
  readonly decoding?: DecodingStrategy;
  /** The beam player's K and α, present only when they are not the default. */
  readonly beam?: BeamChoice;
  /** Shared weights (base64url, read by src/ui/share), present only in a share link. */
  readonly weights?: string;
  /** The language, present only when it is not English. */
  readonly lang?: Lang;
  /** The language pair, present only when it is not the language's own (defaultPair). */
  readonly pair?: LanguagePair;
  /** The figure that fills the screen (1 = the page's first), present only when one does. */
  readonly present?: number;
  /** The exercises' seed, present only when the address names one (never beside dec=sample). */
  readonly exerciseSeed?: number;
  /** The exercise sheet's lessons in the site's order, present only on the sheet and when not all. */
  readonly sheetLessons?: readonly string[];
  /** The training-step player's step id ("back.dec.2.cell"), present only when the reader has stepped it. */
  readonly tstep?: string;
}

/** Each language's own pair: the English lessons translate into French, the Chinese ones into Chinese. */
export function defaultPair(lang: Lang = "en"): LanguagePair {
  return defaultPairOf(lang);
}

/** The sentence a pair starts with: the English → French default of `defaults`, or seed 004's. */
export function defaultSentence(pair: LanguagePair, defaults: UrlView = DEFAULT_VIEW): string {
  return pair === "en-fr" ? defaults.sentence : PAIR_EXAMPLES[pair];
}

export const DEFAULT_VIEW: UrlView = {
  lesson: DEFAULT_STATE.lesson,
  choice: DEFAULT_STATE.choice,
  sentence: DEFAULT_STATE.sentence,
  step: 0,
};

/**
 * A lesson (or the exercise sheet) as a newcomer opens it, the edition's own pair and sentence, with
 * an exercise seed: the link a class shares. Only the route, the language, the seed and the sheet's
 * lessons differ from `defaults`, so only they are written.
 */
export function newcomerView(lesson: string, lang: Lang, seed: number | null, defaults: UrlView = DEFAULT_VIEW, sheetLessons: readonly string[] | null = null): UrlView {
  return {
    ...defaults,
    lesson,
    sentence: defaultSentence(defaultPair(lang), defaults),
    ...(lang !== "en" ? { lang } : {}),
    ...(seed !== null ? { exerciseSeed: seed } : {}),
    ...(sheetLessons ? { sheetLessons } : {}),
  };
}

/** What a field of the URL reads and writes with. */
interface FieldContext {
  /** The page (a lesson slug or a route) and the language the path names. */
  readonly lesson: string;
  readonly lang: Lang;
  readonly defaults: UrlView;
}

/**
 * One row of the URL schema: the parameters it owns, how it reads them into its part of the view
 * (its default, that is nothing, when they are absent or malformed; `earlier` holds the rows above
 * it, read first) and how it writes them (nothing when the view has the default). The table's order
 * is the order parameters appear in an address.
 */
interface UrlField {
  readonly params: readonly string[];
  read(params: URLSearchParams, at: FieldContext & { readonly lessons: readonly string[] }, earlier: Partial<UrlView>): Partial<UrlView>;
  write(view: UrlView, at: FieldContext): readonly (readonly [string, string])[];
}

const pairOf = (view: Partial<UrlView>, lang: Lang): LanguagePair => view.pair ?? defaultPair(lang);

/** The URL schema: every parameter an address may carry, in address order. */
const URL_FIELDS: readonly UrlField[] = [
  {
    params: ["cell", "variant", "score", "query", "bi"],
    // A field that does not read keeps its default: any link opens a page.
    read: (p, { defaults }) => ({ choice: { ...defaults.choice, ...readChoiceFields({ cell: p.get("cell"), variant: p.get("variant"), score: p.get("score"), query: p.get("query"), bidirectional: p.get("bi") }).choice } }),
    write: ({ choice }, { defaults: { choice: base } }) => [
      ...(choice.cell !== base.cell ? [["cell", choice.cell] as const] : []),
      ...(choice.variant !== base.variant ? [["variant", choice.variant] as const] : []),
      ...(choice.score !== base.score ? [["score", choice.score] as const] : []),
      ...(choice.query !== base.query ? [["query", choice.query] as const] : []),
      ...(choice.bidirectional !== base.bidirectional ? [["bi", choice.bidirectional ? "1" : "0"] as const] : []),
    ],
  },
  {
    params: ["pair"],
    read: (p, { lang }) => {
      const pair = oneOf(p.get("pair"), LANGUAGE_PAIRS, defaultPair(lang));
      return pair !== defaultPair(lang) ? { pair } : {};
    },
    write: (view, { lang }) => (pairOf(view, lang) !== defaultPair(lang) ? [["pair", pairOf(view, lang)]] : []),
  },
  {
    params: ["s"],
    read: (p, { lang, defaults }, earlier) => ({ sentence: p.has("s") ? capSentence(p.get("s") ?? "") : defaultSentence(pairOf(earlier, lang), defaults) }),
    write: (view, { lang, defaults }) => (view.sentence !== defaultSentence(pairOf(view, lang), defaults) ? [["s", capSentence(view.sentence)]] : []),
  },
  {
    params: ["dec", "T", "seed"],
    read: (p) => {
      const decoding = strategyOfParams(p);
      return decoding.kind !== "greedy" ? { decoding } : {};
    },
    write: (view) => (view.decoding ? strategyParams(view.decoding) : []),
  },
  {
    params: ["K", "alpha"],
    read: (p) => {
      const beam = beamOfParams(p);
      return !sameBeam(beam, DEFAULT_BEAM) ? { beam } : {};
    },
    write: (view) => (view.beam ? beamParams(view.beam) : []),
  },
  {
    // `seed` is the decoding's when it samples: the exercises' seed then stays out of the address.
    params: ["seed"],
    read: (p, _, earlier) => {
      const exerciseSeed = earlier.decoding ? undefined : readExerciseSeed(p.get("seed"));
      return exerciseSeed !== undefined ? { exerciseSeed } : {};
    },
    write: (view) => (view.exerciseSeed !== undefined && !view.decoding ? [["seed", String(view.exerciseSeed)]] : []),
  },
  {
    params: ["lessons"],
    read: (p, { lesson, lessons }) => {
      const sheetLessons = lesson === SHEET ? decodeSheetLessons(p.get("lessons"), lessons) : undefined;
      return sheetLessons ? { sheetLessons } : {};
    },
    write: (view) => (view.sheetLessons && view.lesson === SHEET ? [["lessons", view.sheetLessons.join(",")]] : []),
  },
  {
    params: ["step"],
    read: (p, { defaults }) => ({ step: decodeStep(p.get("step"), defaults.step) }),
    write: (view, { defaults }) => (view.step !== defaults.step ? [["step", String(view.step)]] : []),
  },
  {
    // The id is checked for its form only: the player falls back to its first step for an id its trace lacks.
    params: ["tstep"],
    read: (p) => {
      const tstep = p.get("tstep");
      return tstep !== null && TRAINING_STEP_ID.test(tstep) ? { tstep } : {};
    },
    write: (view) => (view.tstep ? [["tstep", view.tstep]] : []),
  },
  {
    params: ["present"],
    read: (p) => {
      const present = decodeFigure(p.get("present"));
      return present > 0 ? { present } : {};
    },
    write: (view) => (view.present ? [["present", String(view.present)]] : []),
  },
  {
    params: ["w"],
    read: (p) => {
      const weights = p.get("w");
      return weights ? { weights: weights.slice(0, MAX_WEIGHTS_LENGTH + 1) } : {};
    },
    write: (view) => (view.weights ? [["w", view.weights]] : []),
  },
];

/** Every parameter an address may carry (the URL schema's), in address order. */
export const URL_PARAMS: readonly string[] = [...new Set(URL_FIELDS.flatMap((f) => f.params))];

/** The hash of a view. Values equal to the defaults are left out, so plain links stay short. */
export function encodeView(view: UrlView, defaults: UrlView = DEFAULT_VIEW): string {
  const lang = view.lang ?? "en";
  const prefix = lang === "zh" ? "#/zh" : "#";
  const path = ROUTES.includes(view.lesson) ? `${prefix}/${view.lesson}` : `${prefix}/lesson/${encodeURIComponent(view.lesson)}`;
  const params = URL_FIELDS.flatMap((field) => field.write(view, { lesson: view.lesson, lang, defaults }));
  if (params.length === 0) return path;
  // Commas stay readable in the list of lessons (`lessons=lstm,gru`).
  return `${path}?${params.map(([k, v]) => `${k}=${k === "lessons" ? v.split(",").map(encodeURIComponent).join(",") : encodeURIComponent(v)}`).join("&")}`;
}

export interface DecodeOptions {
  /** The slugs of the known lessons; an unknown slug is kept (the page says there is no such lesson). */
  readonly lessons: readonly string[];
  readonly defaults?: UrlView;
  /** The reader's language, for a hash that names no page (an empty hash or `#/`). */
  readonly lang?: Lang;
}

/** The view a hash asks for, each part checked and replaced by its default when it is not valid. */
export function decodeView(hash: string, { lessons, defaults = DEFAULT_VIEW, lang: readerLang = "en" }: DecodeOptions): UrlView {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  const queryAt = raw.indexOf("?");
  const { lang, path } = splitLang(queryAt < 0 ? raw : raw.slice(0, queryAt), readerLang);
  const params = new URLSearchParams(queryAt < 0 ? "" : raw.slice(queryAt + 1));
  const at = { lesson: decodeLesson(path, lessons, defaults.lesson), lang, defaults, lessons };
  let view: Partial<UrlView> = { lesson: at.lesson, ...(lang !== "en" ? { lang } : {}) };
  for (const field of URL_FIELDS) view = { ...view, ...field.read(params, at, view) };
  return view as UrlView;
}

/** The known lessons a sheet's list names, in the site's order; undefined (all) when none or all. */
function decodeSheetLessons(value: string | null, lessons: readonly string[]): readonly string[] | undefined {
  if (value === null) return undefined;
  const named = new Set(value.split(","));
  const chosen = lessons.filter((slug) => named.has(slug));
  return chosen.length === 0 || chosen.length === lessons.length ? undefined : chosen;
}

/** The language a path names and the path without it; a path naming no page keeps the reader's. */
function splitLang(path: string, readerLang: Lang): { lang: Lang; path: string } {
  const match = /^\/(en|zh)(?=\/|$)/.exec(path);
  if (match) return { lang: match[1] as Lang, path: path.slice(match[0].length) };
  const namesPage = /^\/(lesson|playground|train|exercises)(\/|$)/.test(path);
  return { lang: namesPage ? "en" : readerLang, path };
}

function decodeFigure(value: string | null): number {
  if (value === null || !/^\d{1,2}$/.test(value)) return 0;
  const figure = Number(value);
  return figure <= MAX_FIGURE ? figure : 0;
}

function decodeLesson(path: string, lessons: readonly string[], fallback: string): string {
  const route = ROUTES.find((r) => path === `/${r}` || path === `/${r}/`);
  if (route) return route;
  const match = /^\/lesson\/([^/]+)\/?$/.exec(path);
  const slug = match?.[1] === undefined ? undefined : safeDecode(match[1]);
  if (slug !== undefined && lessons.includes(slug)) return slug;
  // A lesson that does not exist stays in the address, so the page can say so (App's not-found page).
  if (slug !== undefined && lessons.length > 0 && isSlugLike(slug)) return slug;
  return lessons.includes(fallback) || lessons.length === 0 ? fallback : (lessons[0] ?? fallback);
}

/** Short printable text without a route's own characters: what a mistyped or removed slug looks like. */
function isSlugLike(slug: string): boolean {
  return slug.length <= MAX_SLUG_LENGTH && !ROUTES.includes(slug) && /^[^\s/?#%\p{C}]+$/u.test(slug);
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

/** A recurrent trace's step id (src/core/trace.ts): `enc.f.3`, `enc.b.3`, `enc.merge`, `ctx`, `dec.2`. */
const STEP_ID = /^(enc\.[fb]\.[1-9]\d{0,3}|enc\.merge|ctx|dec\.[1-9]\d{0,3})$/;

/** `step=dec.2` is a step id; `step=5` (the links of earlier versions, the beam player's) an index. */
function decodeStep(value: string | null, fallback: number | string): number | string {
  if (value !== null && STEP_ID.test(value)) return value;
  if (value === null || !/^\d{1,6}$/.test(value)) return fallback;
  const step = Number(value);
  return step <= MAX_STEP ? step : fallback;
}
