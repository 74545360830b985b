import { describe, expect, it } from "vitest";
import { createRegistry, findLesson, type LessonModule } from "../../../src/ui/app/lessons.ts";

const load = () => Promise.resolve({ default: () => null } as LessonModule);

describe("createRegistry", () => {
  it("createRegistry(metas, loaders) orders lessons by file name, not by the order it is given", () => {
    const lessons = createRegistry(
      { "/content/en/02-b.mdx": { slug: "b", title: "B", summary: "" }, "/content/en/01-a.mdx": { slug: "a", title: "A", summary: "s" } },
      { "/content/en/02-b.mdx": load, "/content/en/01-a.mdx": load },
    );
    expect(lessons.map((l) => l.meta.slug)).toEqual(["a", "b"]);
    expect(lessons[0]?.meta).toEqual({ slug: "a", title: "A", summary: "s" });
  });

  it("createRegistry fills a missing or malformed meta from the file name", () => {
    const lessons = createRegistry({ "/content/en/03-gru.mdx": { title: 7 } }, { "/content/en/03-gru.mdx": load, "/content/en/04-x-y.mdx": load });
    expect(lessons.map((l) => l.meta)).toEqual([
      { slug: "gru", title: "gru", summary: "" },
      { slug: "x-y", title: "x-y", summary: "" },
    ]);
  });

  it("createRegistry keeps the first of two lessons that claim one slug", () => {
    const lessons = createRegistry({ "/a/01-one.mdx": { slug: "same", title: "One" }, "/a/02-two.mdx": { slug: "same", title: "Two" } }, { "/a/01-one.mdx": load, "/a/02-two.mdx": load });
    expect(lessons.map((l) => l.meta.title)).toEqual(["One"]);
    expect(findLesson(lessons, "same")?.file).toBe("/a/01-one.mdx");
    expect(findLesson(lessons, "other")).toBeUndefined();
  });
});
