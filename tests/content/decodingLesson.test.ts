// Lesson 16 (decoding) in both languages: it compiles with the site's MDX and KaTeX options, embeds
// beam players with props they accept, keeps its key formulas, and every number it quotes from the
// shipped presets is what the core's beam search and greedy decoding compute today.
import { readFileSync } from "node:fs";
import { compile, run } from "@mdx-js/mdx";
import { createElement, type ReactNode } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { beamSearch } from "../../src/core/beam.ts";
import { forward } from "../../src/core/forward.ts";
import { recurrentStepper } from "../../src/core/stepper.ts";
import { tokenize } from "../../src/core/tokenizer.ts";
import { readAlpha, readWidth } from "../../src/model/beamChoice.ts";
import { parseModelText } from "../../src/model/index.ts";
import { readWidgetProps } from "../../src/ui/player/widgetProps.ts";
import { mdxOptions } from "../../src/ui/theme/mdxOptions.ts";

const text = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const lesson = (lang: string) => text(`content/${lang}/16-decoding.mdx`);

async function load(lang: string) {
  const mod = await run(String(await compile(lesson(lang), { ...mdxOptions, outputFormat: "function-body" })), { ...runtime, baseUrl: import.meta.url });
  const embeds: { name: string; props: Record<string, unknown> }[] = [];
  const component = (name: string) => (props: Record<string, unknown> & { children?: ReactNode }) => {
    const { children, ...rest } = props;
    embeds.push({ name, props: rest });
    return createElement("div", null, children);
  };
  const html = renderToStaticMarkup(createElement(mod.default, { components: { BeamPlayer: component("BeamPlayer"), Aside: component("Aside"), Exercises: component("Exercises") } }));
  return { meta: (mod as { meta?: { slug: string } }).meta, html, embeds };
}

function model(name: string) {
  const parsed = parseModelText(text(`public/models/${name}.json`));
  if (!parsed.ok) throw new Error(`${name} should be valid`);
  return parsed.model;
}

function beam(name: string, input: string, width: number, alpha: number) {
  const m = model(name);
  return beamSearch(recurrentStepper(m, tokenize(input, m.source.vocab)), { width, alpha });
}

/** A number as the lesson writes it: four decimals and a typographic minus. */
const quoted = (x: number) => x.toFixed(4).replace("-", "−");

describe("lesson 16, decoding", { timeout: 60_000 }, () => {
  for (const lang of ["en", "zh"]) {
    it(`compile(content/${lang}/16-decoding.mdx) typesets its formulas and exports the slug "decoding"`, async () => {
      const { meta, html } = await load(lang);
      expect(meta?.slug).toBe("decoding");
      expect(html).toContain('class="katex"');
    });

    it(`content/${lang}'s lesson 16 embeds beam players whose every prop is read without a note`, async () => {
      const { embeds } = await load(lang);
      const players = embeds.filter((e) => e.name === "BeamPlayer");
      expect(players).toHaveLength(3);
      for (const { props } of players) {
        const { K, alpha, ...rest } = props;
        expect(readWidgetProps(rest).notes).toEqual([]);
        if (K !== undefined) expect(readWidth(K)).toBeDefined();
        if (alpha !== undefined) expect(readAlpha(alpha)).toBeDefined();
      }
    });
  }

  it("the lesson writes log P as a sum of log p over the steps and the score as log P / n^α", () => {
    for (const lang of ["en", "zh"]) {
      const source = lesson(lang);
      expect(source).toContain(String.raw`\log P(\sy{y_1} \dots \sy{y_n}) = \sum_{t'=1}^{n} \log p_{t'}(\sy{y_{t'}})`);
      expect(source).toContain(String.raw`\text{score}(\sy{y_1} \dots \sy{y_n}) = \frac{\log P(\sy{y_1} \dots \sy{y_n})}{n^{\alpha}}`);
      expect(source).toContain(String.raw`p^{(\tau)}_{t'} = \text{softmax}(z_{t'} / \tau)`);
    }
  });

  it("greedy decoding of rnn-attention-general writes le chien l'aime and beam search with K = 2 la souris l'aime, with the log P the lesson quotes", () => {
    const m = model("rnn-attention-general");
    const greedy = forward(m, "The mouse loves her").output;
    const found = beam("rnn-attention-general", "The mouse loves her", 2, 0).best;
    expect(greedy.tokens.join(" ")).toBe("le chien l' aime");
    expect(found.tokens.join(" ")).toBe("la souris l' aime <eos>");
    expect(found.logProb).toBeGreaterThan(greedy.logProb);
    for (const lang of ["en", "zh"]) {
      expect(lesson(lang)).toContain(quoted(greedy.logProb));
      expect(lesson(lang)).toContain(quoted(found.logProb));
    }
  });

  it("lstm-attention-additive with K = 2 picks the short l'aime at α = 0 and la souris l'aime at α = 1, with the scores the lesson quotes", () => {
    const at0 = beam("lstm-attention-additive", "The mouse loves her", 2, 0).best;
    const at1 = beam("lstm-attention-additive", "The mouse loves her", 2, 1).best;
    expect(at0.tokens.join(" ")).toBe("l' aime <eos>");
    expect(at1.tokens.join(" ")).toBe("la souris l' aime <eos>");
    for (const lang of ["en", "zh"]) for (const x of [at0.logProb, at0.logProb / 3, at1.logProb, at1.score]) expect(lesson(lang)).toContain(quoted(x));
  });

  it("the running examples' log P is the one each edition quotes: je t' aime in English, 我 爱 中国 in Chinese", () => {
    const fr = beam("lstm-attention-dot", "I love you", 3, 0.6).best;
    const zh = beam("lstm-attention-dot-zh", "I love China", 3, 0.6).best;
    expect(fr.tokens.join(" ")).toBe("je t' aime <eos>");
    expect(zh.tokens.join(" ")).toBe("我 爱 中国 <eos>");
    expect(lesson("en")).toContain(`$\\log P = ${quoted(fr.logProb).replace("−", "-")}$`);
    expect(lesson("zh")).toContain(`$\\log P = ${quoted(zh.logProb).replace("−", "-")}$`);
  });
});
