// The language pairs the player offers and each pair's running example. Kept free of imports so
// that the app shell (store, URL) can name a pair without pulling in the model code.

/** English → French (the English lessons) and English → Chinese (the Chinese lessons, seed 004). */
export type LanguagePair = "en-fr" | "en-zh";

export const LANGUAGE_PAIRS: readonly LanguagePair[] = ["en-fr", "en-zh"];

/** Each pair's running example: the English lessons' sentence and seed 004's. */
export const PAIR_EXAMPLES: Readonly<Record<LanguagePair, string>> = { "en-fr": "I love you", "en-zh": "I love China" };

/** Each running example's translation, as the pair's corpus (public/corpus/) gives it. */
export const PAIR_EXAMPLE_TARGETS: Readonly<Record<LanguagePair, string>> = { "en-fr": "Je t'aime", "en-zh": "我 爱 中国" };

export function isLanguagePair(value: unknown): value is LanguagePair {
  return LANGUAGE_PAIRS.includes(value as LanguagePair);
}

/** Each edition's own pair: the English lessons translate into French, the Chinese ones into Chinese. */
export function defaultPairOf(lang: "en" | "zh" = "en"): LanguagePair {
  return lang === "zh" ? "en-zh" : "en-fr";
}
