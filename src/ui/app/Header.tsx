// The site header (the banner landmark): the title, the phone's contents button, the theme picker.

import { ThemeControl } from "./ThemeControl.tsx";
import { useHrefTo, useSite } from "./site.ts";

interface Props {
  readonly menuOpen: boolean;
  readonly onToggleMenu: () => void;
}

export function Header({ menuOpen, onToggleMenu }: Props) {
  const hrefTo = useHrefTo();
  const first = useSite().lessons[0];
  return (
    <header className="site-header">
      <a className="site-title" href={first ? hrefTo(first.meta.slug) : "#/"}>
        Seq2Seq Lab
      </a>
      <span className="site-tagline">encoder–decoder mathematics, step by step</span>
      <div className="header-controls">
        <button type="button" className="button menu-button" aria-expanded={menuOpen} aria-controls="toc" onClick={onToggleMenu}>
          <span aria-hidden="true" className="menu-icon" />
          Contents
        </button>
        <ThemeControl />
      </div>
    </header>
  );
}
