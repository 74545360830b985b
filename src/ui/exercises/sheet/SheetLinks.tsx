// The links an instructor hands out: one to the first chosen lesson (the seed then follows the
// students from lesson to lesson), one per lesson, and this sheet's own (with its answer key), each
// written out in full so it can be copied, and a "Print" button.

import type { SheetLesson } from "./sheetItems.ts";
import type { SheetMessages } from "./sheetMessages.ts";

interface Props {
  readonly lessons: readonly SheetLesson[];
  readonly chosen: readonly string[];
  readonly linkTo: (lesson: string | null) => string;
  readonly s: SheetMessages;
}

export function SheetLinks({ lessons, chosen, linkTo, s }: Props) {
  const first = chosen[0];
  return (
    <section className="sheet-links sheet-controls" aria-labelledby="sheet-links-h">
      <h2 id="sheet-links-h">{s.links}</h2>
      <p>{s.linksIntro}</p>
      {first ? (
        <p>
          {s.classLink} <Link href={linkTo(first)} />
        </p>
      ) : null}
      <details>
        <summary>{s.perLesson}</summary>
        <ul className="sheet-link-list">
          {lessons
            .filter((l) => chosen.includes(l.slug))
            .map((l) => (
              <li key={l.slug}>
                {l.number}. {l.title}: <Link href={linkTo(l.slug)} />
              </li>
            ))}
        </ul>
      </details>
      <p>
        {s.sheetLink} <Link href={linkTo(null)} />
      </p>
      <p>
        <button type="button" className="button" onClick={() => window.print()}>
          {s.print}
        </button>
      </p>
    </section>
  );
}

function Link({ href }: { href: string }) {
  return (
    <a className="sheet-link" href={href}>
      {href}
    </a>
  );
}
