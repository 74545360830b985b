// The header's theme picker: the system's light or dark, or a pick of light, dark or the
// high-contrast projector theme. The pick is applied at once and remembered for the next visit.

import type { ChangeEvent } from "react";
import { useT } from "../i18n/index.ts";
import type { Theme } from "../store.ts";
import { usePageState } from "../storeContext.ts";
import { browserStorage } from "../kit/storage.ts";
import { saveThemeChoice } from "./theme.ts";

const THEMES: readonly Theme[] = ["system", "light", "dark", "projector"];

export function ThemeControl() {
  const theme = usePageState((s) => s.theme);
  const setTheme = usePageState((s) => s.setTheme);
  const t = useT();
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const picked = THEMES.find((value) => value === event.target.value) ?? "system";
    setTheme(picked);
    saveThemeChoice(browserStorage(), picked);
  };
  return (
    <label className="theme-control">
      <span className="theme-control-label">{t.theme.label}</span>
      <select value={theme} onChange={onChange}>
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {t.theme[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
