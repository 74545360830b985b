// The button that fills the screen with a figure (the P key does the same).

import { useT } from "../i18n/index.ts";
import type { Presentation } from "./usePresentation.ts";

const ICON = "M3 5h18v11H3zM5 7v7h14V7zM11 17h2v2h4v2H7v-2h4z";

export function PresentButton({ presentation, disabled = false }: { presentation: Presentation<HTMLElement>; disabled?: boolean }) {
  const t = useT();
  return (
    <button type="button" ref={presentation.button} className="present-button" onClick={presentation.open} disabled={disabled} title={t.presentation.presentTip} aria-keyshortcuts="P">
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
        <path d={ICON} fill="currentColor" fillRule="evenodd" />
      </svg>
      {t.presentation.present}
    </button>
  );
}
