// The header's language picker: English or 中文. The pick changes every label and the lesson prose
// at once, goes into the address (`#/zh/…`), and is remembered for the next visit.

import type { ChangeEvent } from "react";
import { browserStorage } from "../kit/storage.ts";
import { usePageState } from "../storeContext.ts";
import { loadMessages, messagesReady, useT } from "../i18n/index.ts";
import { HTML_LANG, LANG_NAMES, LANGS, isLang } from "../kit/lang.ts";
import { saveLangChoice } from "../i18n/langStorage.ts";

export function LanguageControl() {
  const lang = usePageState((s) => s.lang);
  const setLang = usePageState((s) => s.setLang);
  const t = useT();
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const picked = event.target.value;
    if (!isLang(picked)) return;
    saveLangChoice(browserStorage(), picked);
    // The page changes language once that language's words are here (the picker shows the old one
    // till then); should they fail to arrive, the page switches all the same with English labels.
    if (messagesReady(picked)) setLang(picked);
    else loadMessages(picked).then(() => setLang(picked), () => setLang(picked));
  };
  return (
    <label className="theme-control language-control">
      <span className="theme-control-label">{t.language.label}</span>
      <select value={lang} onChange={onChange}>
        {LANGS.map((value) => (
          // Each name in its own language, marked so, so a screen reader pronounces it right.
          <option key={value} value={value} lang={HTML_LANG[value]}>
            {LANG_NAMES[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
