// The site header (the banner landmark): the title, the phone's contents button, the language and
// theme pickers.

import { useT } from "../i18n/index.ts";
import { LanguageControl } from "./LanguageControl.tsx";
import { ThemeControl } from "./ThemeControl.tsx";
import { useHrefTo, useSite } from "./site.ts";

interface Props {
  readonly menuOpen: boolean;
  readonly onToggleMenu: () => void;
}

export function Header({ menuOpen, onToggleMenu }: Props) {
  const hrefTo = useHrefTo();
  const first = useSite().lessons[0];
  const t = useT();
  return (
    <header className="site-header">
      <a className="site-title" href={first ? hrefTo(first.meta.slug) : "#/"}>
        {t.app.siteName}
      </a>
      <span className="site-tagline">{t.app.tagline}</span>
      <div className="header-controls">
        <button type="button" className="button menu-button" aria-expanded={menuOpen} aria-controls="toc" onClick={onToggleMenu}>
          <span aria-hidden="true" className="menu-icon" />
          <span className="menu-label">{t.app.contents}</span>
        </button>
        <LanguageControl />
        <ThemeControl />
      </div>
    </header>
  );
}
