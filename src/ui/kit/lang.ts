// The reader's language: English or Simplified Chinese. Kept apart from the dictionaries so that
// the store and the URL code can name a language without loading any text.

export type Lang = "en" | "zh";

export const LANGS: readonly Lang[] = ["en", "zh"];

/** The value of <html lang> for each language (BCP 47). */
export const HTML_LANG: Readonly<Record<Lang, string>> = { en: "en", zh: "zh-CN" };

/** Each language's name in that language, as a language menu shows it. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: "English", zh: "中文" };

export function isLang(value: unknown): value is Lang {
  return LANGS.includes(value as Lang);
}
