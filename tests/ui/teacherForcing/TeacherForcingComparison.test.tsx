// @vitest-environment jsdom
// TeacherForcingComparison prints the core's numbers: each −log p is checked against the teacher-forced
// trace (and its sum against lossOf) and the greedy forward pass, computed here from the core directly.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { forward } from "../../../src/core/forward.ts";
import { lossOf } from "../../../src/core/grad/loss.ts";
import type { Seq2SeqModel } from "../../../src/core/model.ts";
import { decoderSteps, forcedTrace } from "../../../src/core/teacherForcing.ts";
import { sentenceIds, type Corpus } from "../../../src/core/train/corpus.ts";
import { partlyTrainedModel } from "../../../src/model/partlyTrained.ts";
import { DEMO_SEED, demoModel } from "../../../src/model/defaults.ts";
import { PresetLoaderContext } from "../../../src/ui/kit/presetLoaderContext.ts";
import { DEFAULT_STATE, createAppStore } from "../../../src/ui/store.ts";
import { AppStoreContext } from "../../../src/ui/storeContext.ts";
import { decodeView } from "../../../src/ui/urlState.ts";
import { stateOfView } from "../../../src/ui/app/urlSync.ts";
import { TeacherForcingComparison } from "../../../src/ui/teacherForcing/index.ts";
import { diskPresets, presetModel } from "../player/diskPresets.tsx";

vi.setConfig({ testTimeout: 20_000 });

const column = (name: RegExp) => screen.getByRole("region", { name });
const values = (name: RegExp, what: string) => Array.from(column(name).querySelectorAll(`td[data-value="${what}"]`), (c) => Number(c.textContent));
const marked = (name: RegExp) => Array.from(column(name).querySelectorAll("tr.tf-diverged"), (r) => Number(r.getAttribute("data-step")));

/** −log p of the right words, teacher-forced and free running, from the core. */
function coreNll(model: Seq2SeqModel, source: string, target: string) {
  const free = forward(model, source);
  const targetIds = sentenceIds(target, model.target.vocab);
  const right = [...targetIds, model.target.vocab.indexOf("<eos>")];
  const pair = { source: free.source.map((s) => s.id), target: targetIds };
  const forcedSteps = decoderSteps(forcedTrace(model, pair));
  const freeSteps = decoderSteps(free).slice(0, right.length);
  return {
    forced: forcedSteps.map((s, i) => -Math.log(s.p[right[i]!]!)),
    free: freeSteps.map((s, i) => -Math.log(s.p[right[i]!]!)),
    loss: lossOf(model, [pair], { reduction: "sentence" }),
    // Steps whose input (the previous output) is not the right previous word.
    drift: freeSteps.flatMap((s, i) => (i > 0 && s.yPrevToken !== model.target.vocab[right[i - 1]!] ? [i + 1] : [])),
  };
}

const close = (shown: readonly number[], core: readonly number[]) => {
  expect(shown).toHaveLength(core.length);
  shown.forEach((v, i) => expect(Math.abs(v - core[i]!), `step ${i + 1}: ${v} vs ${core[i]}`).toBeLessThanOrEqual(0.0005 + 1e-12));
};

describe("TeacherForcingComparison", () => {
  // First: the page keeps a partly trained model once made, so a later test would find it.
  it("rendering it where the corpus cannot be fetched says so and shows the untrained model", async () => {
    vi.stubGlobal("fetch", () => Promise.resolve(new Response("", { status: 404 })));
    try {
      render(<TeacherForcingComparison />);
      await screen.findByText(/The partly trained model could not be made \(corpus\/en-fr.json: HTTP 404\)/u);
      const core = coreNll(demoModel(DEFAULT_STATE.choice, DEMO_SEED, "en-fr"), "I love you", "Je t'aime");
      close(values(/^Free running$/u, "nll"), core.free);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("rendering it trains the partly trained model from the corpus and shows its numbers: free running drifts from step 3 on", async () => {
    // A path, not a URL: under jsdom, URL is jsdom's, which readFileSync does not take.
    const corpus = readFileSync(join(import.meta.dirname, "../../../public/corpus/en-fr.json"), "utf8");
    const fetched: string[] = [];
    vi.stubGlobal("fetch", (url: string) => {
      fetched.push(String(url));
      return Promise.resolve(new Response(corpus, { status: 200 }));
    });
    try {
      render(<TeacherForcingComparison />);
      expect(screen.getByRole("radio", { name: /^partly trained/u })).toHaveProperty("checked", true);
      await waitFor(() => expect(values(/^Free running$/u, "nll").length).toBeGreaterThan(0), { timeout: 15_000 });
      expect(fetched).toContain("/corpus/en-fr.json");
      const core = coreNll(partlyTrainedModel(JSON.parse(corpus) as Corpus, "en-fr", DEFAULT_STATE.choice), "I love you", "Je t'aime");
      close(values(/^Teacher forcing$/u, "nll"), core.forced);
      close(values(/^Free running$/u, "nll"), core.free);
      expect(marked(/^Free running$/u)).toEqual(core.drift);
      expect(core.drift[0]).toBe(3);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("choosing the untrained model shows its −log p in both columns as the core computes them, and marks where free running read a wrong word", async () => {
    const user = userEvent.setup();
    render(<TeacherForcingComparison />);
    await user.click(screen.getByRole("radio", { name: /^untrained/u }));
    const core = coreNll(demoModel(DEFAULT_STATE.choice, DEMO_SEED, "en-fr"), "I love you", "Je t'aime");
    close(values(/^Teacher forcing$/u, "nll"), core.forced);
    close(values(/^Free running$/u, "nll"), core.free);
    close(values(/^Teacher forcing$/u, "sum"), [core.loss]);
    expect(core.drift.length).toBeGreaterThan(0);
    expect(marked(/^Free running$/u)).toEqual(core.drift);
    expect(marked(/^Teacher forcing$/u)).toEqual([]);
    expect(screen.getByText(new RegExp(`From step ${core.drift[0]} on, the free-running decoder reads a word that is not the right one`, "u"))).toBeTruthy();
  });

  it("choosing the trained model shows the preset's numbers: both columns agree, nothing is marked, and Σ −log p is the pair's loss", async () => {
    const user = userEvent.setup();
    render(
      <PresetLoaderContext.Provider value={diskPresets()}>
        <TeacherForcingComparison />
      </PresetLoaderContext.Provider>,
    );
    await user.click(screen.getByRole("radio", { name: /^trained \(the preset\)/u }));
    const core = coreNll(presetModel(DEFAULT_STATE.choice), "I love you", "Je t'aime");
    await waitFor(() => close(values(/^Teacher forcing$/u, "nll"), core.forced), { timeout: 10_000 });
    close(values(/^Free running$/u, "nll"), core.free);
    close(values(/^Free running$/u, "sum"), [core.loss]);
    expect(marked(/^Free running$/u)).toEqual([]);
    expect(within(column(/^Free running$/u)).getByText(/^Output:/u).parentElement?.textContent).toContain("je t' aime");
  });

  it("rendering it on a Chinese page decodes I love China against 我 爱 中国", async () => {
    const user = userEvent.setup();
    const page = createAppStore(stateOfView(decodeView("#/zh/lesson/teacher-forcing", { lessons: ["teacher-forcing"] })));
    render(
      <AppStoreContext.Provider value={page}>
        <TeacherForcingComparison />
      </AppStoreContext.Provider>,
    );
    await user.click(screen.getByRole("radio", { name: /^(untrained|未训练)/u }));
    const core = coreNll(demoModel(DEFAULT_STATE.choice, DEMO_SEED, "en-zh"), "I love China", "我 爱 中国");
    expect(screen.getAllByRole("textbox").map((f) => (f as HTMLInputElement).value)).toEqual(["I love China", "我 爱 中国"]);
    close(values(/^(Teacher forcing|教师强制)$/u, "nll"), core.forced);
    close(values(/^(Free running|自由运行)$/u, "nll"), core.free);
  });

  it("rendering it with a lesson's props opens on that preset, sentence and reference: the trained RNN drifts from step 2 and writes about a dog", async () => {
    const lesson = { cell: "rnn", variant: "attention", score: "general" } as const;
    render(
      <PresetLoaderContext.Provider value={diskPresets()}>
        <TeacherForcingComparison {...lesson} sentence="The mouse loves her" reference="La souris l'aime" model="trained" />
      </PresetLoaderContext.Provider>,
    );
    const core = coreNll(presetModel({ ...DEFAULT_STATE.choice, ...lesson }), "The mouse loves her", "La souris l'aime");
    await waitFor(() => close(values(/^Free running$/u, "nll"), core.free), { timeout: 10_000 });
    close(values(/^Teacher forcing$/u, "nll"), core.forced);
    close(values(/^Teacher forcing$/u, "sum"), [core.loss]);
    expect(marked(/^Free running$/u)).toEqual(core.drift);
    expect(core.drift[0]).toBe(2);
    expect(within(column(/^Free running$/u)).getByText(/^Output:/u).parentElement?.textContent).toContain("le chien l' aime");
  });

  it("typing a right translation with a word the model cannot write says which and keeps the last pair's numbers", async () => {
    const user = userEvent.setup();
    render(<TeacherForcingComparison model="untrained" />);
    const field = screen.getByRole("textbox", { name: "Right translation" });
    await user.clear(field);
    await user.type(field, "je xyz");
    expect(screen.getByRole("alert").textContent).toBe("The model cannot write “xyz”: the right translation must use words of its vocabulary. The figure keeps the last pair it could compare.");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    // The last pair it could compare was "I love you" → "je", typed on the way.
    const kept = coreNll(demoModel(DEFAULT_STATE.choice, DEMO_SEED, "en-fr"), "I love you", "je");
    close(values(/^Free running$/u, "nll"), kept.free);
    close(values(/^Teacher forcing$/u, "nll"), kept.forced);
    await user.type(field, "{Backspace}{Backspace}{Backspace}t'aime");
    expect(screen.queryByRole("alert")).toBeNull();
    close(values(/^Free running$/u, "nll"), coreNll(demoModel(DEFAULT_STATE.choice, DEMO_SEED, "en-fr"), "I love you", "je t'aime").free);
  });

  it("rendering it with props it cannot read says which it ignores and opens on the defaults", () => {
    render(<TeacherForcingComparison cell="transformer" model="perfect" />);
    expect(screen.getByText('This figure ignores cell="transformer": expected one of rnn, lstm, gru-reset-before, gru-reset-after.')).toBeTruthy();
    expect(screen.getByText('This figure ignores model="perfect": expected one of untrained, partly, trained.')).toBeTruthy();
    expect(screen.getByRole("radio", { name: /^partly trained/u })).toHaveProperty("checked", true);
  });
});
