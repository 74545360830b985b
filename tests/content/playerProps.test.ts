// What the lessons' players are told in MDX, in both languages, is what a player can do: every prop
// reads without a note (readWidgetProps), a step="…" names a step the player's trace has, and the
// players say what the text around them says (lesson 1's decoder reads c at every step; lesson 6's
// decoders open on a decoder step, and one of them samples with a temperature).

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, run } from "@mdx-js/mdx";
import { createElement, type ReactNode } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { forward } from "../../src/core/forward.ts";
import { demoModel, PAIR_EXAMPLES } from "../../src/model/defaults.ts";
import { defaultPairOf } from "../../src/model/pairs.ts";
import { readWidgetProps } from "../../src/ui/player/widgetProps.ts";
import { DEFAULT_PLAYER } from "../../src/ui/playerStore.ts";
import { mdxOptions } from "../../src/ui/theme/mdxOptions.ts";

const WIDGETS = ["Player", "DecoderComparison", "ScoreComparison", "GruComparison"] as const;
const OTHERS = ["BeamPlayer", "TrainingStepPlayer", "Seed003Example", "TrainingPanel", "GradientFlow", "TeacherForcingComparison", "TransformerPlayer", "QkvTable", "MultiHeadView", "PositionalEncodingView", "RecurrentVsTransformer", "Exercises", "Aside"];
const LANGS = ["en", "zh"] as const;

interface Embed {
  readonly lesson: string;
  readonly name: string;
  readonly props: Record<string, unknown>;
}

async function embedsOf(lang: (typeof LANGS)[number]): Promise<Embed[]> {
  const dir = fileURLToPath(new URL(`../../content/${lang}`, import.meta.url));
  const out: Embed[] = [];
  for (const lesson of readdirSync(dir).filter((n) => n.endsWith(".mdx")).sort()) {
    const code = String(await compile(readFileSync(join(dir, lesson), "utf8"), { ...mdxOptions, outputFormat: "function-body" }));
    const mod = await run(code, { ...runtime, baseUrl: import.meta.url });
    const capture = (name: string) => (props: Record<string, unknown> & { children?: ReactNode }) => {
      const { children, ...rest } = props;
      out.push({ lesson, name, props: rest });
      return createElement("div", null, children);
    };
    const components = Object.fromEntries([...WIDGETS, ...OTHERS].map((name) => [name, capture(name)]));
    renderToStaticMarkup(createElement(mod.default, { components }));
  }
  return out;
}

const loaded = new Map<string, Promise<Embed[]>>();
const embeds = (lang: (typeof LANGS)[number]) => {
  if (!loaded.has(lang)) loaded.set(lang, embedsOf(lang));
  return loaded.get(lang)!;
};
const players = async (lang: (typeof LANGS)[number], lesson: string) => (await embeds(lang)).filter((e) => e.name === "Player" && e.lesson.startsWith(lesson));

describe.each(LANGS)("the players of content/%s", { timeout: 60_000 }, (lang) => {
  it("readWidgetProps(props) reads every prop of every player and comparison without a note", async () => {
    const widgets = (await embeds(lang)).filter((e) => (WIDGETS as readonly string[]).includes(e.name));
    expect(widgets.length).toBeGreaterThan(10);
    for (const { lesson, name, props } of widgets) expect(readWidgetProps(props).notes, `${lesson}: ${name}`).toEqual([]);
  });

  it("each step=\"…\" names a step of the trace its player opens with", async () => {
    const stepped = (await embeds(lang)).filter((e) => e.name === "Player" && e.props.step !== undefined);
    expect(stepped.length).toBeGreaterThanOrEqual(4);
    for (const { lesson, props } of stepped) {
      const read = readWidgetProps(props);
      const pair = read.pair ?? defaultPairOf(lang);
      const trace = forward(demoModel({ ...DEFAULT_PLAYER.choice, ...read.choice }, 1, pair), PAIR_EXAMPLES[pair]);
      if (read.step !== "last") expect(trace.steps.map((s) => s.id), `${lesson}: step="${String(props.step)}"`).toContain(read.step);
      else expect(read.step, `${lesson}`).toBe(props.step);
    }
  });

  it("lesson 1's player runs the decoder its text describes: s_t' = g(s_t'-1, y_t'-1, c), the context at every step", async () => {
    const [player, ...rest] = await players(lang, "01-");
    expect(rest).toEqual([]);
    expect(player!.props).toMatchObject({ variant: "every-step", focus: "all" });
  });

  it("lesson 7's attention players open on the last step, where the whole table of weights and the crossing lines show", async () => {
    const lesson7 = await players(lang, "07-");
    expect(lesson7.length).toBeGreaterThanOrEqual(3);
    for (const { props } of lesson7.filter((p) => p.props.focus === "attention")) expect(props.step, JSON.stringify(props)).toBe("last");
  });

  it("lesson 6's decoder players open on the first decoder step, and one samples with a temperature", async () => {
    const lesson6 = await players(lang, "06-");
    expect(lesson6.length).toBeGreaterThanOrEqual(4);
    for (const { props } of lesson6) expect(props.step, JSON.stringify(props)).toBe("dec.1");
    const sampling = lesson6.map((p) => readWidgetProps(p.props).decoding).filter((d) => d?.kind === "sample");
    expect(sampling).toEqual([{ kind: "sample", temperature: 2, seed: 3 }]);
  });

  it("the recurrent players and comparisons name no pair: each takes its page's (English → Chinese on a Chinese page)", async () => {
    const widgets = (await embeds(lang)).filter((e) => (WIDGETS as readonly string[]).includes(e.name));
    for (const { lesson, name, props } of widgets) expect(props.pair, `${lesson}: ${name}`).toBeUndefined();
  });
});
