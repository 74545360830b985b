// The Simplified Chinese lessons are the English ones in another language: they compile with the
// site's MDX and KaTeX options, keep the English slugs and file names, embed the same components and
// asides in the same order (each picture that shows a sentence pair opens on seed 004's pair: the
// player family by taking the page's pair, the Transformer pictures that offer it with pair="china"), and
// share every formula: each display formula of an English lesson, and each formula of its tables,
// appears in its Chinese twin. Only prose labels inside \text{…} may be translated, and a word of the
// example sentence follows the pair (the English \text{you} of "I love you" is \text{China}).

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, run } from "@mdx-js/mdx";
import type { CompileOptions } from "@mdx-js/mdx";
import { createElement, type ReactNode } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { mdxOptions } from "../../src/ui/theme/mdxOptions.ts";

const EN = fileURLToPath(new URL("../../content/en", import.meta.url));
const ZH = fileURLToPath(new URL("../../content/zh", import.meta.url));

const options: CompileOptions = { ...mdxOptions, outputFormat: "function-body" };

const COMPONENTS = ["Player", "BeamPlayer", "TrainingStepPlayer", "DecoderComparison", "ScoreComparison", "GruComparison", "Seed003Example", "TrainingPanel", "TransformerPlayer", "QkvTable", "MultiHeadView", "PositionalEncodingView", "RecurrentVsTransformer", "GradientFlow", "TeacherForcingComparison", "Exercises", "Aside"] as const;
// The components that name seed 004's pair in a prop. The player family names none: a widget that
// names no pair takes its page's, English → Chinese on a Chinese page (tests/ui/player/pagePair.test.tsx).
// RecurrentVsTransformer shows one fixed pair and takes no pair prop.
const ZH_PAIR: Readonly<Record<string, string>> = {
  TransformerPlayer: "china",
  QkvTable: "china",
};

// Lesson 16's beam players that show where greedy decoding loses: the example exists on the
// English → French presets only (held-out "The mouse loves her"), so both editions name that pair.
const EN_FR_EXAMPLE = (component: string, props: Record<string, unknown>) => component === "BeamPlayer" && props.pair === "en-fr" && props.sentence === "The mouse loves her";

const CJK = /[\u4e00-\u9fff]/;

// Lesson 18's comparison runs on each edition's own held-out example, whose preset (the architecture)
// and reference go with the sentence: en rnn-attention-general on "The mouse loves her", zh rnn-initial-zh on "She loves China".
function ownExample({ cell: _cell, variant: _variant, score: _score, query: _query, reference: _reference, ...kept }: Record<string, unknown>): Record<string, unknown> {
  return kept;
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .sort();
}

const enFiles = mdxFiles(EN);
const zhFiles = mdxFiles(ZH);

function source(dir: string, name: string): string {
  return readFileSync(join(dir, name), "utf8");
}

interface Meta {
  slug: string;
  title: string;
  summary: string;
}

interface Embed {
  name: string;
  props: Record<string, unknown>;
}

interface Lesson {
  meta: Meta | undefined;
  html: string;
  embeds: Embed[];
}

// Each lesson is compiled and rendered once, however many tests look at it.
const loaded = new Map<string, Promise<Lesson>>();
function load(dir: string, name: string): Promise<Lesson> {
  const key = join(dir, name);
  let lesson = loaded.get(key);
  if (!lesson) {
    lesson = compileAndRender(source(dir, name));
    loaded.set(key, lesson);
  }
  return lesson;
}

async function compileAndRender(text: string): Promise<Lesson> {
  const code = String(await compile(text, options));
  const mod = await run(code, { ...runtime, baseUrl: import.meta.url });
  const embeds: Embed[] = [];
  const components = Object.fromEntries(
    COMPONENTS.map((componentName) => [
      componentName,
      (props: Record<string, unknown> & { children?: ReactNode }) => {
        const { children, ...rest } = props;
        embeds.push({ name: componentName, props: rest });
        return createElement("div", { "data-component": componentName }, children);
      },
    ]),
  );
  const html = renderToStaticMarkup(createElement(mod.default, { components }));
  return { meta: (mod as { meta?: Meta }).meta, html, embeds };
}

// A formula is compared without whitespace, and a \text{…} that holds prose (anything but a single
// word such as softmax or EncoderLayer) counts as a label that each language writes in its own words.
function normaliseTex(tex: string): string {
  return tex.replace(/\\text\{([^{}]*)\}/g, (whole, inner: string) => (/^[A-Za-z]+$/.test(inner) ? whole : "\\text{…}")).replace(/\s+/g, "");
}

// Fenced code is left out before looking for math: a program may contain a dollar sign.
function withoutCode(text: string): string {
  return text.replace(/^```[\s\S]*?^```/gm, "");
}

// An English formula as its Chinese twin writes it: "I love you" becomes seed 004's "I love China".
function inSeed004Pair(tex: string): string {
  return tex.replace(/\\text\{you\}/g, "\\text{China}");
}

/** The lessons whose formulas quote the numbers of each edition's own running example. */
const OWN_PRESET_NUMBERS = /^(17|18|19|20|21)-/;

function displayMath(text: string): string[] {
  return [...withoutCode(text).matchAll(/\$\$([\s\S]*?)\$\$/g)].map((m) => normaliseTex(m[1] ?? ""));
}

function tableMath(text: string): string[] {
  const tables = [...withoutCode(text).matchAll(/<table>[\s\S]*?<\/table>/g)].map((m) => m[0]);
  return tables.flatMap((table) => [...table.matchAll(/\$([^$\n]+)\$/g)].map((m) => normaliseTex(m[1] ?? "")));
}

function fencedCode(text: string): string[] {
  return [...text.matchAll(/^```[\s\S]*?^```/gm)].map((m) => m[0]);
}

describe("content/zh", { timeout: 120_000 }, () => {
  it("readdirSync(content/zh) lists the same lesson files as content/en, one for one", () => {
    expect(enFiles.length).toBeGreaterThan(0);
    expect(zhFiles).toEqual(enFiles);
  });

  it("compile(lesson) succeeds for every Chinese lesson, with KaTeX throwing on any error", async () => {
    for (const name of zhFiles) {
      const { html } = await load(ZH, name);
      expect(html, name).toContain('class="katex"');
    }
  });

  it("each Chinese lesson exports meta on its first line, with the English slug and a Chinese title and summary", async () => {
    for (const name of zhFiles) {
      expect(source(ZH, name).split("\n")[0], name).toMatch(/^export const meta = \{ slug: "[a-z-]+", title: ".+", summary: ".+" \};$/);
      const [{ meta: zh }, { meta: en }] = await Promise.all([load(ZH, name), load(EN, name)]);
      expect(zh, name).toBeDefined();
      expect(zh?.slug, name).toBe(en?.slug);
      expect(zh?.title, name).toMatch(CJK);
      expect(zh?.summary, name).toMatch(CJK);
      expect(zh?.title, name).not.toBe(en?.title);
    }
  });

  it("each Chinese lesson embeds the same components and asides as its English twin, in the same order and with the same props (the pair and its sentence aside)", async () => {
    for (const name of zhFiles) {
      const [zh, en] = await Promise.all([load(ZH, name), load(EN, name)]);
      const strip = (embeds: Embed[]) =>
        embeds.map(({ name: component, props }) => {
          const { pair: _pair, sentence, ...rest } = props;
          return { name: component, props: component === "TeacherForcingComparison" ? ownExample(rest) : rest, sentence: sentence !== undefined };
        });
      expect(strip(zh.embeds), name).toEqual(strip(en.embeds));
    }
  });

  it("every Transformer picture with a pair prop in a Chinese lesson opens on seed 004's pair (pair=\"china\"), and no other picture names a pair", async () => {
    let paired = 0;
    for (const name of zhFiles) {
      for (const { name: component, props } of (await load(ZH, name)).embeds) {
        if (component in ZH_PAIR) {
          expect(props.pair, `${name}: ${component}`).toBe(ZH_PAIR[component]);
          paired += 1;
        } else if (!EN_FR_EXAMPLE(component, props)) {
          expect(props.pair, `${name}: ${component}`).toBeUndefined();
        }
      }
    }
    expect(paired).toBeGreaterThan(0);
  });

  it.each(enFiles)("%s in Chinese contains every display formula of the English lesson", (name) => {
    // Lessons 17–21 compute with each edition's own preset: their decimals differ by edition and are
    // checked against the core in learningLessons.test.ts, so here only the formulas around them count.
    const own = OWN_PRESET_NUMBERS.test(name) ? (tex: string) => tex.replace(/-?\d+\.\d+/g, "#").replace(/\\text\{[^{}]*\}/g, "\\text{…}") : (tex: string) => tex;
    const zh = new Set(displayMath(source(ZH, name)).map(own));
    const missing = displayMath(source(EN, name)).map(inSeed004Pair).map(own).filter((tex) => !zh.has(tex));
    expect(missing, name).toEqual([]);
  });

  it.each(enFiles)("%s in Chinese contains every formula of the English lesson's tables, in its own tables", (name) => {
    const zh = new Set(tableMath(source(ZH, name)));
    const missing = tableMath(source(EN, name)).map(inSeed004Pair).filter((tex) => !zh.has(tex));
    expect(missing, name).toEqual([]);
  });

  it("each Chinese lesson keeps the English lesson's code blocks (the sources' programs and their output) verbatim", () => {
    for (const name of zhFiles) {
      const zh = fencedCode(source(ZH, name));
      for (const block of fencedCode(source(EN, name))) expect(zh, name).toContain(block);
    }
  });

  it("the Chinese lessons use seed 004's pair where the English ones use I love you → Je t'aime", () => {
    const all = zhFiles.map((name) => source(ZH, name)).join("\n");
    expect(all).toContain("我 爱 中国");
    for (const name of zhFiles) {
      const en = source(EN, name);
      const zh = source(ZH, name);
      if (en.includes("I love you")) expect(zh, name).toContain("I love China");
      if (en.includes("Je t'aime")) expect(zh, name).toContain("我 爱 中国");
    }
  });

  it("renderToStaticMarkup(lesson) leaves no stray asterisks: every emphasis next to Chinese text was parsed", async () => {
    for (const name of zhFiles) {
      const { html } = await load(ZH, name);
      const prose = html
        .replace(/<pre[\s\S]*?<\/pre>/g, "")
        .replace(/<code>[\s\S]*?<\/code>/g, "")
        .replace(/<annotation[\s\S]*?<\/annotation>/g, "");
      expect(prose, name).not.toContain("*");
    }
  });
});
