// The English lessons compile with the site's own MDX and KaTeX options (KaTeX throws on any error),
// export their metadata, embed only the components the app provides, and keep their key formulas.

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

const DIR = fileURLToPath(new URL("../../content/en", import.meta.url));

const SLUGS = [
  "encoder-decoder",
  "rnn-encoder",
  "lstm",
  "gru",
  "bidirectional",
  "decoders",
  "attention",
  "worked-example",
  "symbols-and-sources",
] as const;

const options: CompileOptions = { ...mdxOptions, outputFormat: "function-body" };

// The recurrent chapter, lessons 01–09; the Transformer chapter (10–15) has its own test.
const files = readdirSync(DIR)
  .filter((name) => name.endsWith(".mdx") && Number(name.slice(0, 2)) <= SLUGS.length)
  .sort();

function source(name: string): string {
  return readFileSync(join(DIR, name), "utf8");
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

// The props each embedded component accepts (the contract with the app shell).
const PLAYER_PROPS: Record<string, readonly unknown[]> = {
  cell: ["rnn", "lstm", "gru-reset-before", "gru-reset-after"],
  variant: ["initial", "every-step", "attention"],
  score: ["dot", "scaled", "general", "additive"],
  query: ["previous", "current"],
  bidirectional: [true, false],
  focus: ["encoder", "decoder", "attention", "all"],
  decoding: ["greedy", "sample"],
  // The sentence a player opens on: one the corpus trains on (tests/content/presetDefaults.test.ts).
  sentence: ["I see the black cat"],
};
// Free-form props, each read by readWidgetProps and checked against the player's trace in playerProps.test.ts.
const FREE_PLAYER_PROPS = ["step", "temperature", "seed"];
const COMPONENTS = ["Player", "TrainingStepPlayer", "DecoderComparison", "ScoreComparison", "GruComparison", "Seed003Example", "TrainingPanel", "GradientFlow", "TeacherForcingComparison", "Exercises", "Aside"] as const;

interface Lesson {
  meta: Meta | undefined;
  html: string;
  embeds: Embed[];
}

// Each lesson is compiled and rendered once, however many tests look at it.
const loaded = new Map<string, Promise<Lesson>>();
function load(name: string): Promise<Lesson> {
  let lesson = loaded.get(name);
  if (!lesson) {
    lesson = compileAndRender(name);
    loaded.set(name, lesson);
  }
  return lesson;
}

async function compileAndRender(name: string): Promise<Lesson> {
  const code = String(await compile(source(name), options));
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

describe("content/en", { timeout: 60_000 }, () => {
  it("readdirSync(content/en) lists one recurrent-chapter lesson per required slug, in order", () => {
    expect(files).toHaveLength(SLUGS.length);
    files.forEach((name, i) => expect(name.startsWith(String(i + 1).padStart(2, "0") + "-")).toBe(true));
  });

  it("compile(lesson) succeeds for every lesson and each exports meta with slug, title and summary", async () => {
    const slugs: string[] = [];
    for (const name of files) {
      const { meta, html } = await load(name);
      expect(meta, name).toBeDefined();
      expect(typeof meta?.slug, name).toBe("string");
      expect(meta?.title.length, name).toBeGreaterThan(3);
      expect(meta?.summary.length, name).toBeGreaterThan(10);
      expect(html, name).toContain('class="katex"');
      slugs.push(meta?.slug ?? "");
    }
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toEqual([...SLUGS]);
  });

  it("each lesson's meta is on its first line", () => {
    for (const name of files) expect(source(name).split("\n")[0], name).toMatch(/^export const meta = \{ slug: "[a-z-]+", title: ".+", summary: ".+" \};$/);
  });

  it("lessons embed only the app's components, with props from the contract", async () => {
    for (const name of files) {
      const { embeds } = await load(name);
      for (const { name: component, props } of embeds) {
        if (component === "Player") {
          for (const [key, value] of Object.entries(props)) {
            if (FREE_PLAYER_PROPS.includes(key)) continue;
            expect(PLAYER_PROPS[key], `${name}: Player prop ${key}`).toBeDefined();
            expect(PLAYER_PROPS[key], `${name}: Player ${key}=${String(value)}`).toContain(value);
          }
        }
        if (component === "Aside") {
          expect(["source", "slip", "note"], name).toContain(props.kind);
          if (props.kind !== "note") expect(["000", "001", "002", "003", "004"], name).toContain(props.seed);
        }
      }
    }
  });

  it("each lesson embeds the interactive figure that teaches its concept", async () => {
    const expected: Record<string, (embeds: Embed[]) => boolean> = {
      "01": (e) => e.some((x) => x.name === "Player"),
      "02": (e) => e.some((x) => x.name === "Player" && x.props.cell === "rnn" && x.props.focus === "encoder"),
      "03": (e) => e.some((x) => x.name === "Player" && x.props.cell === "lstm" && x.props.focus === "encoder"),
      "04": (e) => e.some((x) => x.name === "GruComparison"),
      "05": (e) => e.some((x) => x.name === "Player" && x.props.bidirectional === true),
      "06": (e) => e.some((x) => x.name === "DecoderComparison") && e.some((x) => x.props.variant === "every-step"),
      "07": (e) => e.some((x) => x.name === "ScoreComparison") && e.some((x) => x.props.query === "current"),
      "08": (e) => e.some((x) => x.name === "Seed003Example"),
      "09": () => true,
    };
    for (const name of files) {
      const { embeds } = await load(name);
      expect(expected[name.slice(0, 2)]?.(embeds), name).toBe(true);
    }
  });

  it("every lesson shows the sources' forms in asides, and the slips are fixed in slip asides", async () => {
    const all = await Promise.all(files.map(load));
    const asides = all.flatMap((l) => l.embeds).filter((e) => e.name === "Aside");
    for (const seed of ["000", "001", "002", "003"]) {
      expect(asides.some((a) => a.props.kind === "source" && a.props.seed === seed), `source aside for seed ${seed}`).toBe(true);
    }
    // Seed 002 differs only in notation; seeds 000, 001 and 003 have slips that notation.md lists.
    for (const seed of ["000", "001", "003"]) {
      expect(asides.some((a) => a.props.kind === "slip" && a.props.seed === seed), `slip aside for seed ${seed}`).toBe(true);
    }
  });

  // Deleting one of these formulas (or writing it in another notation) must fail a test.
  const REQUIRED: Record<string, readonly string[]> = {
    "encoder-decoder": [
      "x = (\\sx{x_1}, \\sx{x_2}, \\dots, \\sx{x_T})",
      "\\sh{h_t} = f(\\sh{h_{t-1}}, \\sx{x_t})",
      "\\sc{c} = m(\\sh{h_1}, \\sh{h_2}, \\dots, \\sh{h_T})",
      "\\ss{s_{t'}} = g(\\ss{s_{t'-1}}, \\sy{y_{t'-1}}, \\sc{c})",
      "\\text{softmax}(W_{\\text{out}} \\ss{s_{t'}} + b_{\\text{out}})",
    ],
    "rnn-encoder": [
      "\\sh{h_t} = \\tanh(W_h \\sh{h_{t-1}} + W_x \\sx{x_t} + b)",
      "f(x_t, h_{t-1})",
      "h_1 = f(x_1, h_0)",
      "h_3 = f(x_3, h_2)",
      "\\frac{1}{T} \\sum_{t=1}^{T}",
      "\\text{EncoderLayer}(x_t)",
      "X = (x_1, x_2, \\ldots, x_{T_x})",
      "c = m(h_1, \\cdots, h_T) = h_T",
    ],
    lstm: [
      "f_t = \\sigma(W_f [\\sh{h_{t-1}}; \\sx{x_t}] + b_f)",
      "i_t = \\sigma(W_i [\\sh{h_{t-1}}; \\sx{x_t}] + b_i)",
      "o_t = \\sigma(W_o [\\sh{h_{t-1}}; \\sx{x_t}] + b_o)",
      "\\tilde{C}_t = \\tanh(W_C [\\sh{h_{t-1}}; \\sx{x_t}] + b_C)",
      "\\sC{C_t} = f_t \\odot \\sC{C_{t-1}} + i_t \\odot \\tilde{C}_t",
      "\\sh{h_t} = o_t \\odot \\tanh(\\sC{C_t})",
      "c_t = f_t \\odot c_{t-1} + i_t \\odot \\tilde{c}_t",
    ],
    gru: [
      "z_t = \\sigma(W_z [\\sh{h_{t-1}}; \\sx{x_t}] + b_z)",
      "r_t = \\sigma(W_r [\\sh{h_{t-1}}; \\sx{x_t}] + b_r)",
      "\\tanh(W_n [r_t \\odot \\sh{h_{t-1}}; \\sx{x_t}] + b_n)",
      "\\tanh(W_{nx} \\sx{x_t} + b_{nx} + r_t \\odot (W_{nh} \\sh{h_{t-1}} + b_{nh}))",
      "\\sh{h_t} = (1 - z_t) \\odot \\tilde{n}_t + z_t \\odot \\sh{h_{t-1}}",
    ],
    bidirectional: [
      "\\sh{h_t} = [\\overrightarrow{h}_t; \\overleftarrow{h}_t]",
      "\\overleftarrow{h}_t = \\overleftarrow{f}(\\overleftarrow{h}_{t+1}, \\sx{x_t})",
      "h_{t+1}",
    ],
    decoders: [
      "s_1 = g(y_0, h_T)",
      "s_3 = g(y_2, s_2)",
      "\\ss{s_{t'}} = \\tanh(W_s \\ss{s_{t'-1}} + W_y \\sy{y_{t'-1}} + W_c \\sc{c} + b)",
      "W_x = [\\, W_y \\;\\; W_c \\,]",
      "[\\ss{s_{t'-1}}; \\sy{y_{t'-1}}; \\sc{c}]",
      "\\sC{C_{t'}} = f_{t'} \\odot \\sC{C_{t'-1}} + i_{t'} \\odot \\tilde{C}_{t'}",
      "p_{t'} = \\text{softmax}(W_{\\text{out}} \\ss{s_{t'}} + b_{\\text{out}})",
      "\\text{softmax}(s_{t-1}, y_{t'-1}, c)",
      "y_t = \\arg\\max \\text{Softmax}(W s_t + b)",
      "P(y_t \\mid y_{<t}, X) = \\text{Softmax}(W_o s_t)",
      "s_t = \\text{DecoderLayer}(y_{t-1}, H)",
      "H = (h_1, h_2, \\dots, h_T)",
      "s_{t'} = g(s_{t-1}, y_{t'-1}, c)",
      "\\text{softmax}(z / \\tau)",
      "\\arg\\max_k",
      "y = (y_1, y_2, \\cdots, y_U)",
      "c_{t'} = f_{t'} \\odot c_{t'-1} + i_{t'} \\odot \\tilde{c}_{t'}",
    ],
    attention: [
      "\\se{e_{t'j}} = \\text{score}(\\ss{s_{t'-1}}, \\sh{h_j})",
      "\\sa{\\alpha_{t'j}} = \\frac{\\exp(\\se{e_{t'j}})}{\\sum_{k=1}^{T} \\exp(\\se{e_{t'k}})}",
      "\\sc{c_{t'}} = \\sum_{j=1}^{T} \\sa{\\alpha_{t'j}} \\sh{h_j}",
      "\\ss{s_{t'}} = g(\\ss{s_{t'-1}}, \\sy{y_{t'-1}}, \\sc{c_{t'}})",
      "e_{ij} = \\text{score}(s_{i-1}, h_j)",
      "\\frac{s^\\top h}{\\sqrt{n}}",
      "s^\\top W_a h",
      "v^\\top \\tanh(W_s s + W_h h)",
      "\\text{softmax}(W_{\\text{out}} [\\ss{s_{t'}}; \\sc{c_{t'}}] + b_{\\text{out}})",
    ],
    "worked-example": [
      "W_{enc} = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}",
      "W_{dec} = \\begin{bmatrix} 1 & -1 \\\\ 0 & 1 \\end{bmatrix}",
      "\\text{softmax}(s_1 \\cdot H^T) \\cdot H",
      "\\frac{1}{1 + e^{0.5}}",
      "[1.62, 3.62]",
      "x_1 = [1, 0], \\quad x_2 = [0, 1]",
      "s_1 \\cdot h_1 = 0 \\cdot 1 + 0.5 \\cdot 3 = 1.5",
      "\\text{softmax}([1.5, 2]) = \\left[\\frac{e^{1.5}}{e^{1.5}+e^2}, \\frac{e^2}{e^{1.5}+e^2}\\right]",
      "Attention weights: [0.3775406687981454, 0.6224593312018546]",
      "Context vector: [1.6224593312018545, 3.6224593312018545]",
    ],
    "symbols-and-sources": ["W_{\\text{out}}", "\\sC{C_t}", "\\sa{\\alpha_{t'j}}", "\\se{e_{t'j}}", "\\sc{c_{t'}}"],
  };

  it.each(files)("%s contains its required formulas", (name) => {
    const slug = SLUGS[Number(name.slice(0, 2)) - 1] ?? "";
    // Alignment marks and line breaks inside aligned environments do not change a formula.
    const normalise = (tex: string) => tex.replaceAll("&", "").replace(/\s+/g, " ");
    const text = normalise(source(name));
    for (const fragment of REQUIRED[slug] ?? []) expect(text, `${name} lacks ${fragment}`).toContain(normalise(fragment));
  });

  it("the worked example's numbers are those of seed 003's program, recomputed", () => {
    const scores = [0 * 1 + 0.5 * 3, 0 * 2 + 0.5 * 4];
    const exps = scores.map(Math.exp);
    const total = exps.reduce((a, b) => a + b, 0);
    const alpha = exps.map((e) => e / total);
    const [a1 = NaN, a2 = NaN] = alpha;
    const context = [a1 * 1 + a2 * 2, a1 * 3 + a2 * 4];
    const text = source(files[7] ?? "");
    for (const v of [...alpha, ...context]) {
      expect(text).toContain(String(v));
      expect(text).toContain(v.toFixed(10));
    }
    expect(a1).toBeCloseTo(1 / (1 + Math.exp(0.5)), 15);
  });
});
