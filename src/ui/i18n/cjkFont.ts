// Noto Sans SC, bundled from npm (@fontsource/noto-sans-sc) and served from our own origin: Chinese
// then renders the same on every system, with no request to another host. Its CSS splits the font
// into about a hundred unicode-range chunks, so a browser fetches only the chunks of the characters
// on the page. The CSS itself is imported only when Chinese is on the page (the Chinese edition, or
// a player showing the English → Chinese pair), so English readers download none of it. The font
// stacks name the family only once its rules are on the page (see loadCjkFont).

import { useEffect } from "react";

let loading: Promise<void> | undefined;

/** Adds the font's @font-face rules to the page, once. */
export function loadCjkFont(): Promise<void> {
  loading ??= Promise.all([import("@fontsource/noto-sans-sc/400.css"), import("@fontsource/noto-sans-sc/700.css")]).then(
    () => {
      // Only now do the font stacks name the family (base.css, :root[data-cjk-font]). Text laid out
      // while a stack named it before its @font-face rules existed kept its fallback boxes in Chromium
      // after the chunks arrived (习, 场, 的 drawn as tofu beside a correct 练).
      document.documentElement.dataset.cjkFont = "loaded";
    },
    (error: unknown) => {
      // Without it the system's own CJK font (if any) still renders the text.
      console.warn("The Chinese font could not be loaded:", error);
      loading = undefined;
    },
  );
  return loading;
}

/** Loads the font when `needed` becomes true. */
export function useCjkFont(needed: boolean): void {
  useEffect(() => {
    if (needed) void loadCjkFont();
  }, [needed]);
}
