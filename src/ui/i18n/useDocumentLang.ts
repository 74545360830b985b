// Keeps <html lang> equal to the page's language ("en" or "zh-CN"), so screen readers pick the
// right voice and browsers the right fonts and line breaking; Chinese also brings its font.

import { useEffect } from "react";
import { useCjkFont } from "./cjkFont.ts";
import { HTML_LANG, type Lang } from "../kit/lang.ts";

export function useDocumentLang(lang: Lang): void {
  useEffect(() => {
    document.documentElement.lang = HTML_LANG[lang];
  }, [lang]);
  useCjkFont(lang === "zh");
}
