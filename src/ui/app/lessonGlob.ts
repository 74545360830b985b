// The lessons of the site, found at build time. Metas load with the first page (they are a few
// hundred bytes each, read through the `?meta` plugin in vite.config.ts); each body is a chunk of
// its own, fetched when the reader opens it. Only main.tsx imports this module.

import { createRegistry, type LessonModule } from "./lessons.ts";

const metas = import.meta.glob<unknown>("/content/en/*.mdx", { eager: true, query: "?meta", import: "meta" });
const bodies = import.meta.glob<LessonModule>("/content/en/*.mdx");

export const siteLessons = createRegistry(metas, bodies);
