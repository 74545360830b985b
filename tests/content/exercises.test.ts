import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KINDS } from "../../src/exercises/index.ts";
import { CONCEPTS } from "../../src/ui/exercises/concepts.ts";
import { MESSAGES } from "../../src/ui/exercises/messages.ts";
import { PLAN } from "../../src/ui/exercises/plan.ts";
import { PROGRESS_MESSAGES } from "../../src/ui/exercises/progressMessages.ts";
import { SHEET_MESSAGES } from "../../src/ui/exercises/sheet/sheetMessages.ts";

const dir = (lang: string) => new URL(`../../content/${lang}/`, import.meta.url);
const lessons = (lang: string) => readdirSync(dir(lang)).filter((f) => f.endsWith(".mdx")).map((f) => readFileSync(new URL(f, dir(lang)), "utf8"));

describe("the exercises at the end of every lesson", () => {
  it.each(["en", "zh"])("every %s lesson ends with <Exercises lesson=slug />, has at least three exercises, and its hint anchor exists", (lang) => {
    const texts = lessons(lang);
    expect(texts).toHaveLength(21);
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

  it("has the sheet's and the progress controls' words in Chinese, not English left in place", () => {
    for (const [en, zh] of [
      [SHEET_MESSAGES.en, SHEET_MESSAGES.zh],
      [PROGRESS_MESSAGES.en, PROGRESS_MESSAGES.zh],
    ] as const) {
      const same = strings(en).filter((s, i) => s === strings(zh)[i] && /[a-z]{3}/.test(s));
      expect(same).toEqual([]);
    }
  });
});

/** TeX source as the page's raw-TeX walk finds it (tests/e2e/layoutProbes.ts rawTex), outside $ … $. */
const RAW_TEX = /_\{|\^\{|\\[a-zA-Z]+|[A-Za-zα-ωΑ-Ω][_^][A-Za-z0-9]/u;

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") return [];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("the exercises' words", () => {
  it("write their mathematics between $ … $ (typeset by KaTeX), never as TeX source in the text", () => {
    const all = [...strings(CONCEPTS), ...strings(MESSAGES), ...strings(PROGRESS_MESSAGES), ...strings(SHEET_MESSAGES), MESSAGES.en.slip("$h_{t-1}$"), MESSAGES.zh.slip("$h_{t-1}$")];
    expect(all.length).toBeGreaterThan(100);
    for (const s of all) {
      const parts = s.split("$");
      expect(parts.length % 2, `unbalanced $ in "${s}"`).toBe(1);
      const text = parts.filter((_, i) => i % 2 === 0).join(" ");
      expect(RAW_TEX.exec(text), `TeX source outside $ … $ in "${s}"`).toBeNull();
    }
  });
});
