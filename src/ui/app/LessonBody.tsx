// A lesson's body, loaded on demand (each lesson is a chunk of its own) and rendered with the
// components lessons use without importing them.

import { Suspense, lazy, useMemo, useState, type ComponentType } from "react";
import type { MDXComponents } from "mdx/types";
import { ErrorBoundary } from "../components/ErrorBoundary.tsx";
import { useT } from "../i18n/index.ts";
import type { Lesson } from "./lessons.ts";
import { bodyHeading } from "./bodyHeadings.tsx";
import { useScrollableMath } from "./useScrollableMath.ts";

type Body = ComponentType<{ components?: MDXComponents }>;

// One lazy component per lesson, so that coming back to a lesson does not suspend again.
const bodies = new WeakMap<Lesson, Body>();

function bodyOf(lesson: Lesson, fresh: boolean): Body {
  let body = bodies.get(lesson);
  if (!body || fresh) {
    body = lazy(lesson.load);
    bodies.set(lesson, body);
  }
  return body;
}

interface Props {
  readonly lesson: Lesson;
  readonly components: MDXComponents;
}

export function LessonBody({ lesson, components }: Props) {
  // A failed load stays failed inside its lazy component: a retry needs a new one.
  const [attempt, setAttempt] = useState(0);
  const Body = useMemo(() => bodyOf(lesson, attempt > 0), [lesson, attempt]);
  const withHeadings = useMemo(() => ({ ...components, h1: bodyHeading(lesson.meta.title) }), [components, lesson]);
  const t = useT();
  const ref = useScrollableMath<HTMLDivElement>({ equation: t.app.scrollingEquation, code: t.app.scrollingCode, table: t.app.scrollingTable });
  return (
    <div className="prose" ref={ref}>
      <ErrorBoundary what={t.app.thisLesson} onReset={() => setAttempt((a) => a + 1)}>
        <Suspense fallback={<p className="lesson-loading" role="status">{t.app.loadingLesson}</p>}>
          <Body components={withHeadings} />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
