// The decoding strategy as text, read and written in one place: the URL's `dec`, `T` and `seed`
// fields, a lesson's `decoding`, `temperature` and `seed` props, and the player's number fields.
// Greedy is the default and writes nothing, so links made before sampling existed read as greedy.

import { DECODING_KINDS, GREEDY, type DecodingKind, type DecodingStrategy, type SampleDecoding } from "../core/decoding.ts";

/**
 * The temperatures the interface accepts. Below 0.01 sampling is greedy to many digits; above 100
 * every word is equally likely to many digits: nothing changes past the ends but the numbers' length.
 */
export const TEMPERATURE_MIN = 0.01;
export const TEMPERATURE_MAX = 100;

/** Sampling as the player first offers it: the model's own distribution (τ = 1), seed 1. */
export const DEFAULT_SAMPLING: SampleDecoding = { kind: "sample", temperature: 1, seed: 1 };

/** Why a temperature cannot be used, or null when it can. */
export type TemperatureProblem = "notNumber" | "notPositive" | "tooSmall" | "tooLarge";

export function temperatureProblem(x: number): TemperatureProblem | null {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "notNumber" : x > 0 ? "tooLarge" : "notPositive";
  if (x <= 0) return "notPositive";
  if (x < TEMPERATURE_MIN) return "tooSmall";
  if (x > TEMPERATURE_MAX) return "tooLarge";
  return null;
}

const DECIMAL = /^[+]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/u;
const WHOLE = /^[+-]?\d{1,15}$/u;

/** A temperature in text (a URL, a prop), or undefined when it is not one the interface accepts. */
export function readTemperature(value: unknown): number | undefined {
  const x = typeof value === "number" ? value : typeof value === "string" && DECIMAL.test(value.trim()) ? Number(value.trim()) : NaN;
  return temperatureProblem(x) === null ? x : undefined;
}

/** A seed in text or a number: a whole number of at most 15 digits, or undefined. */
export function readSeed(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : undefined;
  return typeof value === "string" && WHOLE.test(value.trim()) ? Number(value.trim()) : undefined;
}

export function isDecodingKind(value: unknown): value is DecodingKind {
  return DECODING_KINDS.includes(value as DecodingKind);
}

/** Named text fields (kind, temperature, seed) as a strategy; a missing or bad part takes its default. */
export function strategyFromFields(kind: unknown, temperature: unknown, seed: unknown): DecodingStrategy {
  if (kind !== "sample") return GREEDY;
  return { kind: "sample", temperature: readTemperature(temperature) ?? DEFAULT_SAMPLING.temperature, seed: readSeed(seed) ?? DEFAULT_SAMPLING.seed };
}

/** The URL fields of a strategy: none for greedy, `dec=sample&T=0.8&seed=3` for sampling. */
export function strategyParams(strategy: DecodingStrategy): [string, string][] {
  if (strategy.kind === "greedy") return [];
  return [
    ["dec", "sample"],
    ["T", String(strategy.temperature)],
    ["seed", String(strategy.seed)],
  ];
}

/** The strategy of a URL's fields (the inverse of strategyParams). */
export function strategyOfParams(params: URLSearchParams): DecodingStrategy {
  return strategyFromFields(params.get("dec"), params.get("T"), params.get("seed"));
}
