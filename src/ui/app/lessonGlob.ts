// The lessons of the site, in each language, found at build time. Metas load with the first page
// (they are a few hundred bytes each, read through the `?meta` plugin in vite.config.ts); each body
// is a chunk of its own, fetched when the reader opens it. Only main.tsx imports this module.

import { createRegistry, type LessonModule, type LessonShelf } from "./lessons.ts";

// import.meta.glob takes literal patterns only, hence one pair of calls per language.
const metasEn = import.meta.glob<unknown>("/content/en/*.mdx", { eager: true, query: "?meta", import: "meta" });
const bodiesEn = import.meta.glob<LessonModule>("/content/en/*.mdx");
const metasZh = import.meta.glob<unknown>("/content/zh/*.mdx", { eager: true, query: "?meta", import: "meta" });
const bodiesZh = import.meta.glob<LessonModule>("/content/zh/*.mdx");

export const siteLessons: LessonShelf = {
  en: createRegistry(metasEn, bodiesEn),
  zh: createRegistry(metasZh, bodiesZh),
};
