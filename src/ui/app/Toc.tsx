// The table of contents (a nav landmark): a sidebar on a wide screen, a menu under the header on a
// phone. The open lesson is marked with aria-current.

import type { KeyboardEvent } from "react";
import { useT } from "../i18n/index.ts";
import { useHrefTo, useSite } from "./site.ts";
import { tocParts } from "./tocParts.ts";
import { PLAYGROUND, SHEET, TRAIN } from "../urlState.ts";

interface Props {
  readonly current: string;
  /** Whether the phone menu is open; a wide screen always shows the list. */
  readonly open: boolean;
  readonly onClose: () => void;
}

export function Toc({ current, open, onClose }: Props) {
  const { lessons } = useSite();
  const hrefTo = useHrefTo();
  const t = useT();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && open) {
      onClose();
      document.querySelector<HTMLElement>(".menu-button")?.focus();
    }
  };
  return (
    <nav id="toc" className="toc" aria-label={t.app.lessonsNav} data-open={open} onKeyDown={onKeyDown}>
      {tocParts(lessons, t.app.parts).map((part, p) => (
        <div key={part.lessons[0]?.lesson.meta.slug ?? p} className="toc-part" role="group" aria-labelledby={part.title ? `toc-part-${p}` : undefined}>
          {part.title && (
            <h2 className="toc-part-title" id={`toc-part-${p}`}>
              {part.title}
            </h2>
          )}
          <ol className="toc-list" start={part.lessons[0]?.number}>
            {part.lessons.map(({ lesson, number }) => (
              <li key={lesson.meta.slug}>
                <a href={hrefTo(lesson.meta.slug)} aria-current={lesson.meta.slug === current ? "page" : undefined} onClick={onClose}>
                  <span className="toc-number" aria-hidden="true">
                    {number}
                  </span>
                  <span>{lesson.meta.title}</span>
                </a>
              </li>
            ))}
          </ol>
        </div>
      ))}
      <p className="toc-playground">
        <a href={hrefTo(PLAYGROUND)} aria-current={current === PLAYGROUND ? "page" : undefined} onClick={onClose}>
          {t.app.playground}
        </a>
      </p>
      <p className="toc-playground">
        <a href={hrefTo(TRAIN)} aria-current={current === TRAIN ? "page" : undefined} onClick={onClose}>
          {t.training.tocLink}
        </a>
      </p>
      <p className="toc-playground">
        <a href={hrefTo(SHEET)} aria-current={current === SHEET ? "page" : undefined} onClick={onClose}>
          {t.app.sheet}
        </a>
      </p>
    </nav>
  );
}
