// Lessons 17–21 (how a model learns) in both languages: they compile with the site's MDX and KaTeX
// options, end with their exercises, keep their key formulas, and every number they quote from the
// shipped presets is what the core computes today: the loss and perplexity (17), the forced and
// free-running decoders (18), the gradients reaching the states (19), and the updates of SGD,
// momentum and Adam with the learning rate's effect (21). Each edition quotes its own pair's preset.
import { readFileSync } from "node:fs";
import { compile, run } from "@mdx-js/mdx";
import { createElement, type ReactNode } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { logSoftmax, softmax } from "../../src/core/activations.ts";
import { forward } from "../../src/core/forward.ts";
import { lossAndGradients, lossOf, stateGradients } from "../../src/core/grad/loss.ts";
import type { Seq2SeqModel } from "../../src/core/model.ts";
import { decoderSteps, forcedTrace, type Pair } from "../../src/core/teacherForcing.ts";
import { sentenceIds } from "../../src/core/train/corpus.ts";
import { recurrentLearner } from "../../src/core/train/learner.ts";
import { adam, initOptimizer, optimizerStep, type OptimizerConfig } from "../../src/core/train/optimizers.ts";
import { parseModelText } from "../../src/model/index.ts";
import { mdxOptions } from "../../src/ui/theme/mdxOptions.ts";

const LESSONS = ["17-loss", "18-teacher-forcing", "19-backpropagation-through-time", "20-vanishing-gradients", "21-optimizers"] as const;
const SLUGS = ["loss", "teacher-forcing", "backpropagation-through-time", "vanishing-gradients", "optimizers"];
const LANGS = ["en", "zh"] as const;
type Lang = (typeof LANGS)[number];

const text = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const lesson = (lang: Lang, name: string) => text(`content/${lang}/${name}.mdx`);

function model(name: string): Seq2SeqModel {
  const parsed = parseModelText(text(`public/models/${name}.json`));
  if (!parsed.ok) throw new Error(`${name} should be valid`);
  return parsed.model;
}

function pairOf(m: Seq2SeqModel, source: string, target: string): Pair {
  return { source: sentenceIds(source, m.source.vocab), target: sentenceIds(target, m.target.vocab) };
}

/** The running example of each edition: its preset and pair. */
const RUNNING: Record<Lang, { model: string; source: string; target: string; word: string }> = {
  en: { model: "lstm-attention-dot", source: "I love you", target: "Je t'aime", word: "t'" },
  zh: { model: "lstm-attention-dot-zh", source: "I love China", target: "我 爱 中国", word: "爱" },
};

/** A number as a lesson may write it: fixed decimals, with an ASCII or typographic minus. */
function expectQuoted(source: string, x: number, digits = 4, what = ""): void {
  const s = x.toFixed(digits);
  const forms = [s, s.replace("-", "−")];
  expect(
    forms.some((f) => source.includes(f)),
    `${what}: ${s}`,
  ).toBe(true);
}

async function render(lang: Lang, name: string) {
  const mod = await run(String(await compile(lesson(lang, name), { ...mdxOptions, outputFormat: "function-body" })), { ...runtime, baseUrl: import.meta.url });
  const embeds: string[] = [];
  const component = (n: string) => (props: { children?: ReactNode }) => {
    embeds.push(n);
    return createElement("div", null, props.children);
  };
  const names = ["Player", "Aside", "Exercises", "TrainingStepPlayer", "GradientFlow", "TeacherForcingComparison"];
  const html = renderToStaticMarkup(createElement(mod.default, { components: Object.fromEntries(names.map((n) => [n, component(n)])) }));
  return { meta: (mod as { meta?: { slug: string } }).meta, html, embeds };
}

describe("lessons 17–21, how a model learns", { timeout: 60_000 }, () => {
  for (const lang of LANGS) {
    it(`compile(content/${lang}/17…21) typesets every formula, exports the slugs in order and ends with the lesson's exercises`, async () => {
      for (const [i, name] of LESSONS.entries()) {
        const { meta, html, embeds } = await render(lang, name);
        expect(meta?.slug, name).toBe(SLUGS[i]);
        expect(html, name).toContain('class="katex"');
        expect(embeds.at(-1), name).toBe("Exercises");
        expect(lesson(lang, name).trimEnd().endsWith(`<Exercises lesson="${SLUGS[i]}" />`), name).toBe(true);
      }
    });

    it(`content/${lang}: every table is JSX (the site compiles without GFM, so a Markdown pipe table would print its pipes)`, () => {
      for (const name of LESSONS) expect(lesson(lang, name).split("\n").filter((line) => line.startsWith("|")), name).toEqual([]);
    });

    it(`content/${lang}: the key formulas of the chapter are written as the notation writes them`, () => {
      expect(lesson(lang, LESSONS[0])).toContain(String.raw`L = \sum_{t'=1}^{n} \ell_{t'} = -\sum_{t'=1}^{n} \log p_{t'}(\sy{y_{t'}})`);
      expect(lesson(lang, LESSONS[2])).toContain(String.raw`\bar z_{t'} = \frac{\partial \ell_{t'}}{\partial z_{t'}} = p_{t'} - \mathbf{1}_{y}`);
      expect(lesson(lang, LESSONS[2])).toContain(String.raw`\bar C_{t-1} = \bar C_t \odot f_t`);
      expect(lesson(lang, LESSONS[3])).toContain(String.raw`J_s = \operatorname{diag}\!\big(1 - \sh{h_s} \odot \sh{h_s}\big)\, W_h`);
      expect(lesson(lang, LESSONS[3])).toContain(String.raw`g \leftarrow g \cdot \min\!\Big(1, \frac{\tau}{\lVert g \rVert}\Big)`);
      expect(lesson(lang, LESSONS[4])).toContain(String.raw`\theta \leftarrow \theta - \eta\, \frac{\hat m}{\sqrt{\hat v} + \epsilon}`);
    });

    it(`content/${lang}, lesson 17: every p, −log p, the sum L, the mean, the perplexity and log V are the core's for ${RUNNING[lang].source}`, () => {
      const r = RUNNING[lang];
      const m = model(r.model);
      const source = lesson(lang, LESSONS[0]);
      const steps = decoderSteps(forcedTrace(m, pairOf(m, r.source, r.target)));
      let L = 0;
      for (const step of steps) {
        const p = softmax(step.logits);
        L -= logSoftmax(step.logits)[step.y]!;
        expectQuoted(source, p[step.y]!, 4, `p of ${m.target.vocab[step.y]}`);
        expectQuoted(source, -logSoftmax(step.logits)[step.y]!, 4, `−log p of ${m.target.vocab[step.y]}`);
        const runnerUp = Math.max(...p.filter((_, k) => k !== step.y));
        expectQuoted(source, runnerUp, 4, "the runner-up");
      }
      expect(L).toBeCloseTo(lossOf(m, [pairOf(m, r.source, r.target)], { reduction: "sentence" }), 12);
      expectQuoted(source, L, 4, "L");
      expectQuoted(source, L / steps.length, lang === "en" ? 4 : 4, "L / n");
      expectQuoted(source, Math.exp(L / steps.length), 2, "perplexity");
      expectQuoted(source, Math.log(m.target.vocab.length), 2, "log V");
    });

    it(`content/${lang}, lesson 18: the forced and free-running decoders' numbers are the core's`, () => {
      const ex = lang === "en" ? { model: "rnn-attention-general", source: "The mouse loves her", target: "La souris l'aime", free: "le chien l' aime" } : { model: "rnn-initial-zh", source: "She loves China", target: "她 爱 中国", free: "她 在 中国 看见 她" };
      const m = model(ex.model);
      const pair = pairOf(m, ex.source, ex.target);
      const source = lesson(lang, LESSONS[1]);
      const forced = decoderSteps(forcedTrace(m, pair));
      for (const step of forced) expectQuoted(source, softmax(step.logits)[step.y]!, 4, `forced p of ${m.target.vocab[step.y]}`);
      expectQuoted(source, lossOf(m, [pair], { reduction: "sentence" }), 4, "L forced");
      const free = forward(m, ex.source).output;
      expect(free.tokens.join(" ")).toBe(ex.free);
      // The free-running decoder's loss on the reference's words at the same positions.
      const right = [...pair.target, m.target.vocab.indexOf("<eos>")];
      const freeSteps = forward(m, ex.source).steps.filter((s) => s.kind === "decoder");
      let Lfree = 0;
      freeSteps.forEach((s, k) => {
        const p = softmax(s.logits);
        expectQuoted(source, Math.max(...p), 4, `free step ${k + 1}'s top word`);
        if (right[k] !== undefined) Lfree -= Math.log(p[right[k]!]!);
      });
      expectQuoted(source, Lfree, 4, "L free");
    });

    it(`content/${lang}, lesson 19: the norms of the gradients reaching every state are stateGradients'`, () => {
      const r = RUNNING[lang];
      const m = model(r.model);
      const pair = pairOf(m, r.source, r.target);
      const source = lesson(lang, LESSONS[2]);
      const { states } = stateGradients(m, pair);
      for (const [id, g] of states) {
        expectQuoted(source, Math.hypot(...g.dh), 4, `‖∂L/∂${id}‖`);
        if (id.startsWith("enc")) expectQuoted(source, Math.hypot(...g.dC!), 4, `‖∂L/∂C ${id}‖`);
      }
      const first = decoderSteps(forcedTrace(m, pair))[0]!;
      expectQuoted(source, softmax(first.logits)[first.y]! - 1, 4, "z̄_1 at the right word");
    });

    it(`content/${lang}, lesson 21: θ, g, each optimiser's steps and the learning-rate table are optimizerStep's`, () => {
      const r = RUNNING[lang];
      const m = model(r.model);
      const pair = pairOf(m, r.source, r.target);
      const source = lesson(lang, LESSONS[4]);
      const w = m.target.vocab.indexOf(r.word);
      const params = recurrentLearner.params(m);
      const bias = (p: Readonly<Record<string, Float64Array>>) => p["decoder.output.b_out"]![w]!;
      const g0 = lossAndGradients(m, [pair], { reduction: "sentence" });
      expectQuoted(source, bias(params), 4, "θ");
      expectQuoted(source, g0.grads["decoder.output.b_out"]![w]!, 4, "g");
      const run3 = (config: OptimizerConfig) => {
        let p = params;
        let state = initOptimizer(config, params);
        const out: { theta: number; loss: number; g: number; m: number }[] = [];
        for (let k = 0; k < 3; k++) {
          const now = recurrentLearner.withParams(m, p);
          const grads = lossAndGradients(now, [pair], { reduction: "sentence" }).grads;
          const next = optimizerStep(p, grads, state);
          p = next.params;
          state = next.state;
          out.push({ theta: bias(p), loss: lossOf(recurrentLearner.withParams(m, p), [pair], { reduction: "sentence" }), g: grads["decoder.output.b_out"]![w]!, m: next.state.m["decoder.output.b_out"]![w]! });
        }
        return out;
      };
      const sgd = run3({ kind: "sgd", learningRate: 0.1, momentum: 0 });
      const momentum = run3({ kind: "sgd", learningRate: 0.1, momentum: 0.9 });
      const adamRun = run3(adam(0.01));
      expectQuoted(source, sgd[0]!.theta, 4, "θ after SGD");
      expectQuoted(source, momentum[1]!.g, 4, "the second gradient");
      expectQuoted(source, momentum[1]!.m, 4, "the velocity");
      expectQuoted(source, momentum[1]!.theta, 4, "θ after two momentum steps");
      expectQuoted(source, adamRun[0]!.theta, 4, "θ after Adam");
      for (const [name, runs] of [["SGD", sgd], ["momentum", momentum], ["Adam", adamRun]] as const) for (const s of runs) expectQuoted(source, s.loss, 4, `${name} loss`);
      for (const eta of [0.01, 0.1, 1, 10, 100]) {
        const next = optimizerStep(params, g0.grads, initOptimizer({ kind: "sgd", learningRate: eta, momentum: 0 }, params));
        expectQuoted(source, lossOf(recurrentLearner.withParams(m, next.params), [pair], { reduction: "sentence" }), 4, `L after η = ${eta}`);
      }
    });
  }
});
