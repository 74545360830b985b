// The table of contents in parts: the lessons in order, cut where a lesson starts a part of the book
// (the dictionary's `parts`, keyed by that lesson's slug). Lessons before the first named part form
// a part without a title. Pure, so the cutting is tested without a page.

export interface TocPart<L> {
  readonly title: string | undefined;
  /** The lessons of the part, each with its number in the whole book (from 1). */
  readonly lessons: readonly { readonly lesson: L; readonly number: number }[];
}

export function tocParts<L extends { readonly meta: { readonly slug: string } }>(lessons: readonly L[], titles: Readonly<Record<string, string>>): TocPart<L>[] {
  const parts: { title: string | undefined; lessons: { lesson: L; number: number }[] }[] = [];
  lessons.forEach((lesson, index) => {
    const title = titles[lesson.meta.slug];
    if (title !== undefined || parts.length === 0) parts.push({ title, lessons: [] });
    parts[parts.length - 1]!.lessons.push({ lesson, number: index + 1 });
  });
  return parts;
}
