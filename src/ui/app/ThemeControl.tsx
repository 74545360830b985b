// The header's theme picker. The pick is applied at once and remembered for the next visit.

import type { ChangeEvent } from "react";
import type { Theme } from "../store.ts";
import { useAppState } from "./storeContext.ts";
import { browserStorage, saveThemeChoice } from "./theme.ts";

const OPTIONS: readonly { value: Theme; label: string }[] = [
  { value: "system", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

export function ThemeControl() {
  const theme = useAppState((s) => s.theme);
  const setTheme = useAppState((s) => s.setTheme);
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const picked = OPTIONS.find((o) => o.value === event.target.value)?.value ?? "system";
    setTheme(picked);
    saveThemeChoice(browserStorage(), picked);
  };
  return (
    <label className="theme-control">
      <span className="theme-control-label">Theme</span>
      <select value={theme} onChange={onChange}>
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
