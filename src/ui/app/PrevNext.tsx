// Previous and next at the foot of a page. After the last lesson comes the playground.

import { useT } from "../i18n/index.ts";
import { useHrefTo, useSite } from "./site.ts";
import { PLAYGROUND } from "../urlState.ts";

interface Link {
  readonly slug: string;
  readonly title: string;
}

export function neighbours(order: readonly Link[], current: string): { previous?: Link; next?: Link } {
  const index = order.findIndex((l) => l.slug === current);
  if (index < 0) return {};
  return { previous: order[index - 1], next: order[index + 1] };
}

export function PrevNext({ current }: { readonly current: string }) {
  const { lessons } = useSite();
  const hrefTo = useHrefTo();
  const t = useT();
  const order: Link[] = [...lessons.map((l) => ({ slug: l.meta.slug, title: l.meta.title })), { slug: PLAYGROUND, title: t.app.playground }];
  const { previous, next } = neighbours(order, current);
  if (!previous && !next) return null;
  return (
    <nav className="pager" aria-label={t.app.pager}>
      {previous && (
        <a className="pager-link pager-previous" href={hrefTo(previous.slug)} rel="prev">
          <span className="pager-direction">{t.app.previous}</span>
          <span className="pager-title">{previous.title}</span>
        </a>
      )}
      {next && (
        <a className="pager-link pager-next" href={hrefTo(next.slug)} rel="next">
          <span className="pager-direction">{t.app.next}</span>
          <span className="pager-title">{next.title}</span>
        </a>
      )}
    </nav>
  );
}
