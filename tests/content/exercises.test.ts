import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KINDS } from "../../src/exercises/index.ts";
import { CONCEPTS } from "../../src/ui/exercises/concepts.ts";
import { MESSAGES } from "../../src/ui/exercises/messages.ts";
import { PLAN } from "../../src/ui/exercises/plan.ts";

const dir = (lang: string) => new URL(`../../content/${lang}/`, import.meta.url);
const lessons = (lang: string) => readdirSync(dir(lang)).filter((f) => f.endsWith(".mdx")).map((f) => readFileSync(new URL(f, dir(lang)), "utf8"));

describe("the exercises at the end of every lesson", () => {
  it.each(["en", "zh"])("every %s lesson ends with <Exercises lesson=slug />, has at least three exercises, and its hint anchor exists", (lang) => {
    const texts = lessons(lang);
    expect(texts).toHaveLength(16);
    for (const text of texts) {
      const slug = /slug: "([^"]+)"/.exec(text)![1]!;
      expect(text.trimEnd().endsWith(`<Exercises lesson="${slug}" />`), slug).toBe(true);
      const plan = PLAN[slug]!;
      expect(plan.items.length, slug).toBeGreaterThanOrEqual(3);
      expect(plan.items.some((i) => "concept" in i), slug).toBe(true);
      if (plan.anchor) expect(text, slug).toContain(`<span id="${plan.anchor}" />`);
    }
  });

  it("names only known kinds and concepts, each concept with exactly one right option and an explanation for every option in both languages", () => {
    for (const plan of Object.values(PLAN)) {
      for (const item of plan.items) {
        if ("kind" in item) expect(KINDS[item.kind], item.kind).toBeDefined();
        else {
          for (const lang of ["en", "zh"] as const) {
            const c = CONCEPTS[item.concept]![lang];
            expect(c.options.filter((o) => o.correct), item.concept).toHaveLength(1);
            for (const o of c.options) expect(o.why.length, item.concept).toBeGreaterThan(5);
          }
        }
      }
    }
  });

  it("has the words of every kind and slip in English and Chinese", () => {
    for (const m of Object.values(MESSAGES)) {
      for (const kind of Object.values(KINDS)) {
        expect(m.kinds[kind.id], kind.id).toBeTruthy();
        for (const slip of kind.slips) expect(m.slips[slip], slip).toBeTruthy();
      }
    }
    expect(Object.keys(MESSAGES.zh.slips).sort()).toEqual(Object.keys(MESSAGES.en.slips).sort());
  });
});
