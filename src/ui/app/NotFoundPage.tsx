// A lesson the address names but this edition does not have (mistyped, or removed since the link was
// made): the page says so, and links to the first lesson and the playground; the contents stay.

import { useT } from "../i18n/index.ts";
import { useHrefTo, useSite } from "./site.ts";
import { PLAYGROUND } from "../urlState.ts";
import { PageHeader } from "../components/PageHeader.tsx";

export function NotFoundPage({ slug }: { readonly slug: string }) {
  const t = useT();
  const n = t.faults.notFound;
  const { lessons } = useSite();
  const hrefTo = useHrefTo();
  const first = lessons[0];
  return (
    <article className="not-found" aria-labelledby="page-title">
      <PageHeader title={n.title} summary={n.text(slug)} />
      <div className="prose">
        <ul className="not-found-links">
          {first && (
            <li>
              <a href={hrefTo(first.meta.slug)}>{n.first(first.meta.title)}</a>
            </li>
          )}
          <li>
            <a href={hrefTo(PLAYGROUND)}>{n.playground}</a>
          </li>
        </ul>
      </div>
    </article>
  );
}
