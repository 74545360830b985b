// Beam search's two parameters as text, read and written in one place: the URL's `K` and `alpha`
// fields, a lesson's `K` and `alpha` props, and the beam player's number fields. The defaults
// write nothing, so a plain link opens the player as its lesson shows it.

/** The three phases the beam player shows of each decoder step: expand every hypothesis, score, prune to K. */
export const PHASES = ["expand", "score", "prune"] as const;
export type BeamPhase = (typeof PHASES)[number];

/** A beam search as the page offers it: width K and length penalty α (src/core/beam.ts). */
export interface BeamChoice {
  /** K ≥ 1, a whole number, at most the target vocabulary's size V. */
  readonly width: number;
  /** α ≥ 0; α = 0 scores a hypothesis by log P alone. */
  readonly alpha: number;
}

/** Three beams show a search that is not greedy; α = 0.6 makes the score differ from log P. */
export const DEFAULT_BEAM: BeamChoice = { width: 3, alpha: 0.6 };

/** Above this the tree is too tall to read, and no shipped vocabulary is larger. */
export const BEAM_WIDTH_MAX = 64;
/** Above this the length penalty only rewards length: the score is near 0 for every hypothesis. */
export const ALPHA_MAX = 10;

export type WidthProblem = "notWhole" | "belowOne" | "aboveVocab";
export type AlphaProblem = "notNumber" | "negative" | "tooLarge";

/** Why K cannot be used with a vocabulary of `vocabSize` tokens, or null when it can. */
export function widthProblem(k: number, vocabSize: number = BEAM_WIDTH_MAX): WidthProblem | null {
  if (!Number.isInteger(k)) return "notWhole";
  if (k < 1) return "belowOne";
  if (k > Math.min(vocabSize, BEAM_WIDTH_MAX)) return "aboveVocab";
  return null;
}

/** Why α cannot be used, or null when it can. */
export function alphaProblem(a: number): AlphaProblem | null {
  if (!Number.isFinite(a)) return Number.isNaN(a) ? "notNumber" : a > 0 ? "tooLarge" : "negative";
  if (a < 0) return "negative";
  if (a > ALPHA_MAX) return "tooLarge";
  return null;
}

const WHOLE = /^\d{1,3}$/u;
const DECIMAL = /^(\d+\.?\d*|\.\d+)$/u;

/** K in text or a number, or undefined when it is not a width the page accepts. */
export function readWidth(value: unknown): number | undefined {
  const k = typeof value === "number" ? value : typeof value === "string" && WHOLE.test(value.trim()) ? Number(value.trim()) : NaN;
  return widthProblem(k) === null ? k : undefined;
}

/** α in text or a number, or undefined when it is not one the page accepts. */
export function readAlpha(value: unknown): number | undefined {
  const a = typeof value === "number" ? value : typeof value === "string" && DECIMAL.test(value.trim()) ? Number(value.trim()) : NaN;
  return alphaProblem(a) === null ? a : undefined;
}

/** The URL fields of a beam choice: only those that differ from the default. */
export function beamParams(beam: BeamChoice): [string, string][] {
  const out: [string, string][] = [];
  if (beam.width !== DEFAULT_BEAM.width) out.push(["K", String(beam.width)]);
  if (beam.alpha !== DEFAULT_BEAM.alpha) out.push(["alpha", String(beam.alpha)]);
  return out;
}

/** The beam choice of a URL's fields (the inverse of beamParams); a bad field takes its default. */
export function beamOfParams(params: URLSearchParams): BeamChoice {
  return { width: readWidth(params.get("K")) ?? DEFAULT_BEAM.width, alpha: readAlpha(params.get("alpha")) ?? DEFAULT_BEAM.alpha };
}

export function sameBeam(a: BeamChoice, b: BeamChoice): boolean {
  return a.width === b.width && a.alpha === b.alpha;
}
