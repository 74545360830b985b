// One lesson: its title and summary at once (from the meta), its body when its chunk has loaded,
// previous and next at the foot.

import type { MDXComponents } from "mdx/types";
import { useT } from "../i18n/index.ts";
import { LessonBody } from "./LessonBody.tsx";
import type { Lesson } from "./lessons.ts";
import { PrevNext } from "./PrevNext.tsx";
import { PageHeader } from "../components/PageHeader.tsx";

interface Props {
  readonly lesson: Lesson;
  readonly number: number;
  readonly count: number;
  readonly components: MDXComponents;
}

export function LessonPage({ lesson, number, count, components }: Props) {
  const { slug, title, summary } = lesson.meta;
  const t = useT();
  return (
    <>
      <article className="lesson" aria-labelledby="page-title">
        <PageHeader kicker={t.app.lessonOf(number, count)} title={title} summary={summary} />
        <LessonBody key={slug} lesson={lesson} components={components} />
      </article>
      <PrevNext current={slug} />
    </>
  );
}
