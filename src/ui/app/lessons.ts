// The lesson registry: every lesson's meta (title and summary, for the table of contents) and a
// loader for its body, ordered by file name (NN-slug.mdx). Pure: the caller hands in what
// import.meta.glob found, so tests can hand in fixture lessons instead.

import type { ComponentType } from "react";
import type { MDXComponents } from "mdx/types";
import type { Lang } from "../kit/lang.ts";

export interface LessonMeta {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
}

/** A compiled lesson: its default export renders the body with the components it is given. */
export interface LessonModule {
  readonly default: ComponentType<{ components?: MDXComponents }>;
}

export interface Lesson {
  readonly meta: LessonMeta;
  /** The file the lesson came from, e.g. /content/en/02-lstm.mdx. */
  readonly file: string;
  readonly load: () => Promise<LessonModule>;
}

/**
 * Lessons in file-name order. A meta that lacks a field gets one from the file name
 * ("02-lstm.mdx" → slug "lstm"), so a half-written lesson still shows up; a repeated slug keeps
 * the first file, so every lesson has exactly one URL.
 */
export function createRegistry(metas: Readonly<Record<string, unknown>>, loaders: Readonly<Record<string, () => Promise<LessonModule>>>): readonly Lesson[] {
  const seen = new Set<string>();
  const lessons: Lesson[] = [];
  for (const file of Object.keys(loaders).sort()) {
    const load = loaders[file];
    if (load === undefined) continue;
    const meta = readMeta(metas[file], file);
    if (seen.has(meta.slug)) continue;
    seen.add(meta.slug);
    lessons.push({ meta, file, load });
  }
  return lessons;
}

function readMeta(value: unknown, file: string): LessonMeta {
  const record = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const fromFile = (file.split("/").pop() ?? file).replace(/\.mdx$/, "").replace(/^\d+-/, "");
  const text = (key: string) => (typeof record[key] === "string" && record[key] !== "" ? (record[key] as string) : undefined);
  const slug = text("slug") ?? fromFile;
  return { slug, title: text("title") ?? slug, summary: text("summary") ?? "" };
}

export function findLesson(lessons: readonly Lesson[], slug: string): Lesson | undefined {
  return lessons.find((l) => l.meta.slug === slug);
}

/** The lessons of each language: the same slugs, prose in that language (content/<lang>/). */
export type LessonShelf = Readonly<Record<Lang, readonly Lesson[]>>;

/**
 * A shelf from what the app was given: one list serves every language (tests, a site with one
 * language), and a language with no lessons of its own shows the English ones.
 */
export function shelfOf(lessons: readonly Lesson[] | Partial<LessonShelf>): LessonShelf {
  if (Array.isArray(lessons)) return { en: lessons, zh: lessons };
  const shelf = lessons as Partial<LessonShelf>;
  const en = shelf.en ?? [];
  return { en, zh: shelf.zh && shelf.zh.length > 0 ? shelf.zh : en };
}
