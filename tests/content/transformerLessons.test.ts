// The Transformer chapter (lessons 10–15) compiles with the site's MDX and KaTeX options (a KaTeX
// error fails the compile), exports its metadata, embeds the chapter's pictures with props they
// accept, and keeps its key formulas in this textbook's notation (notation.md, Transformer section).

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, run, type CompileOptions } from "@mdx-js/mdx";
import { createElement, type ReactNode } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { mdxOptions } from "../../src/ui/theme/mdxOptions.ts";

const DIR = fileURLToPath(new URL("../../content/en", import.meta.url));

const LESSONS = [
  ["10", "qkv"],
  ["11", "encoder-self-attention"],
  ["12", "masked-self-attention"],
  ["13", "cross-attention"],
  ["14", "multi-head"],
  ["15", "recurrent-to-transformer"],
] as const;

const file = (prefix: string, slug: string) => readdirSync(DIR).find((n) => n === `${prefix}-${slug}.mdx`);
const source = (prefix: string, slug: string) => readFileSync(join(DIR, file(prefix, slug) ?? `${prefix}-${slug}.mdx`), "utf8");

const options: CompileOptions = { outputFormat: "function-body", remarkPlugins: [...mdxOptions.remarkPlugins], rehypePlugins: [...mdxOptions.rehypePlugins] };

const COMPONENTS = ["TransformerPlayer", "QkvTable", "MultiHeadView", "PositionalEncodingView", "RecurrentVsTransformer", "Exercises", "Aside"] as const;

interface Embed {
  readonly name: string;
  readonly props: Record<string, unknown>;
}

async function load(prefix: string, slug: string) {
  const mod = await run(String(await compile(source(prefix, slug), options)), { ...runtime, baseUrl: import.meta.url });
  const embeds: Embed[] = [];
  const components = Object.fromEntries(
    COMPONENTS.map((name) => [
      name,
      ({ children, ...props }: Record<string, unknown> & { children?: ReactNode }) => {
        embeds.push({ name, props });
        return createElement("div", null, children);
      },
    ]),
  );
  const html = renderToStaticMarkup(createElement(mod.default, { components }));
  return { meta: (mod as { meta?: { slug: string; title: string; summary: string } }).meta, html, embeds };
}

// Each lesson's formulas as written in its source; removing one, or writing it another way, fails.
const REQUIRED: Record<string, readonly string[]> = {
  qkv: [
    String.raw`\sq{Q} = X_q W^Q, \qquad \sk{K} = X_{kv} W^K, \qquad \sv{V} = X_{kv} W^V`,
    String.raw`\operatorname{Attention}(\sq{Q}, \sk{K}, \sv{V}) = \operatorname{softmax}\left(\frac{\sq{Q}\sk{K}^\top}{\sqrt{d_k}} + M\right)\sv{V}`,
    String.raw`\frac{1}{1 + e^{0.7071}} = 0.3302`,
    String.raw`\begin{bmatrix} 2 & 3 \\ 2.3395 & 3.3395 \end{bmatrix}`,
  ],
  "encoder-self-attention": [
    String.raw`X_q = X_{kv} = X, \qquad \sq{Q} = X W^Q, \qquad \sk{K} = X W^K, \qquad \sv{V} = X W^V`,
    String.raw`S_{ij} = \frac{q_i \cdot k_j}{\sqrt{d_k}}`,
    String.raw`q_{\text{love}} \cdot k_{\text{you}}`,
    String.raw`M = 0`,
  ],
  "masked-self-attention": [
    String.raw`X_q = X_{kv} = Y, \qquad \sq{Q} = Y W^Q, \qquad \sk{K} = Y W^K, \qquad \sv{V} = Y W^V`,
    String.raw`M_{ij} = \begin{cases} 0 & j \le i \\ -\infty & j > i \end{cases}`,
    String.raw`e^{-\infty} = 0`,
    String.raw`\sa{a_{ij}} = 0 \quad (j > i)`,
    String.raw`\begin{bmatrix} 1 & 0 \\ 0.3302 & 0.6698 \end{bmatrix}`,
  ],
  "cross-attention": [
    String.raw`X_q = Y, \quad X_{kv} = H, \qquad \sq{Q} = Y W^Q, \qquad \sk{K} = H W^K, \qquad \sv{V} = H W^V`,
    String.raw`\operatorname{CrossAttention}(Y, H) = \operatorname{softmax}\left(\frac{\sq{Q}\sk{K}^\top}{\sqrt{d_k}}\right)\sv{V}`,
    String.raw`\sc{c_{t'}} = \sum_{j=1}^{T} \sa{\alpha_{t'j}} \sh{h_j}`,
  ],
  "multi-head": [
    String.raw`d_k = d_{\text{model}} / h`,
    String.raw`\text{head}_i = \operatorname{Attention}(X_q W^Q_i, X_{kv} W^K_i, X_{kv} W^V_i)`,
    String.raw`\operatorname{MultiHead}(X_q, X_{kv}) = \operatorname{Concat}(\text{head}_1, \dots, \text{head}_h)\, W^O`,
    String.raw`PE_{(pos, 2i)} = \sin\left(pos / 10000^{2i/d_{\text{model}}}\right)`,
    String.raw`PE_{(pos, 2i+1)} = \cos\left(pos / 10000^{2i/d_{\text{model}}}\right)`,
    String.raw`X = E_{[\text{ids}]}\,\sqrt{d_{\text{model}}} + PE`,
    String.raw`\operatorname{LayerNorm}(x + \operatorname{Sublayer}(x))`,
    String.raw`\operatorname{FFN}(x) = \max(0, x W_1 + b_1) W_2 + b_2`,
  ],
  "recurrent-to-transformer": [
    String.raw`\se{e_{t'j}} = \text{score}(\ss{s_{t'-1}}, \sh{h_j})`,
    String.raw`\sc{c_{t'}} = \sum_{j=1}^{T} \sa{\alpha_{t'j}} \sh{h_j}`,
    String.raw`\operatorname{softmax}\left(\frac{\sq{Q}\sk{K}^\top}{\sqrt{d_k}}\right)\sv{V}`,
    String.raw`\sh{h_t} = f(\sh{h_{t-1}}, \sx{x_t})`,
  ],
};

// The picture each lesson is built around.
const FIGURES: Record<string, (e: readonly Embed[]) => boolean> = {
  qkv: (e) => e.some((x) => x.name === "TransformerPlayer" && x.props.kind === "all"),
  "encoder-self-attention": (e) => e.some((x) => x.name === "TransformerPlayer" && x.props.kind === "encoder-self"),
  "masked-self-attention": (e) => e.some((x) => x.name === "TransformerPlayer" && x.props.kind === "masked-self"),
  "cross-attention": (e) => e.some((x) => x.name === "TransformerPlayer" && x.props.kind === "cross") && e.some((x) => x.name === "QkvTable"),
  "multi-head": (e) => e.some((x) => x.name === "MultiHeadView") && e.some((x) => x.name === "PositionalEncodingView"),
  "recurrent-to-transformer": (e) => e.some((x) => x.name === "RecurrentVsTransformer"),
};

describe("content/en lessons 10–15 (the Transformer chapter)", () => {
  it.each(LESSONS)("compile(%s-%s.mdx) succeeds and the lesson exports its meta on the first line", async (prefix, slug) => {
    expect(file(prefix, slug), `${prefix}-${slug}.mdx`).toBeDefined();
    const { meta, html } = await load(prefix, slug);
    expect(meta?.slug).toBe(slug);
    expect(meta?.title.length).toBeGreaterThan(3);
    expect(meta?.summary.length).toBeGreaterThan(10);
    expect(source(prefix, slug).split("\n")[0]).toMatch(/^export const meta = \{ slug: "[a-z-]+", title: ".+", summary: ".+" \};$/u);
    expect(html).toContain('class="katex"');
  });

  it.each(LESSONS)("%s-%s.mdx contains its key formulas", (prefix, slug) => {
    const text = source(prefix, slug).replace(/\s+/gu, " ");
    for (const formula of REQUIRED[slug]!) expect(text, `${slug} lacks ${formula}`).toContain(formula);
  });

  it.each(LESSONS)("%s-%s.mdx embeds its picture, with props the pictures accept", async (prefix, slug) => {
    const { embeds } = await load(prefix, slug);
    expect(FIGURES[slug]!(embeds)).toBe(true);
    for (const { name, props } of embeds) {
      if (name === "TransformerPlayer") {
        expect(["encoder-self", "masked-self", "cross", "all"]).toContain(props.kind);
        if ("heads" in props) expect([1, 2, 4]).toContain(props.heads);
      }
      if (name === "Aside") expect(["source", "slip", "note"]).toContain(props.kind);
      if (name === "Aside" && props.kind !== "note") expect(props.seed).toBe("004");
    }
  });

  it("the chapter uses seed 004's pair beside the recurrent lessons' pair", () => {
    const all = LESSONS.map(([p, s]) => source(p, s)).join("\n");
    expect(all).toContain("I love China");
    expect(all).toContain("我 爱 中国");
    expect(all).toContain("Je t'aime");
  });

  it("the worked example's numbers are those of softmax(Q Kᵀ / √2) V, recomputed", () => {
    const Q = [[1, 0], [0, 1]];
    const K = [[1, 0], [1, 1]];
    const V = [[1, 2], [3, 4]];
    const scores = Q.map((q) => K.map((k) => (q[0]! * k[0]! + q[1]! * k[1]!) / Math.SQRT2));
    const softmax = (row: number[]) => row.map((s) => Math.exp(s) / row.reduce((a, t) => a + Math.exp(t), 0));
    const weights = scores.map(softmax);
    const out = weights.map((w) => [0, 1].map((c) => w[0]! * V[0]![c]! + w[1]! * V[1]![c]!));
    const text = source("10", "qkv") + source("12", "masked-self-attention");
    for (const v of [scores[0]![0]!, weights[1]![0]!, weights[1]![1]!, out[1]![0]!, out[1]![1]!]) expect(text).toContain(v.toFixed(4));
    expect(out[0]).toEqual([2, 3]);
    // Masked: the first query sees only the first key, so its output is the first value.
    expect(softmax([scores[0]![0]!, -Infinity])).toEqual([1, 0]);
  });
});
