// @vitest-environment jsdom
// The playground says what its model knows: the held-out accuracy its training measured, and the
// words it reads as one toolbar of buttons that add a word to the sentence; a word outside them is
// named as read <unk>.
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Seq2SeqModel } from "../../../src/core/model.ts";
import { demoModel, ENGLISH_VOCAB } from "../../../src/model/defaults.ts";
import { AppStoreContext } from "../../../src/ui/storeContext.ts";
import { ModelContext } from "../../../src/ui/model/modelContext.ts";
import { createModelStore } from "../../../src/ui/model/modelStore.ts";
import type { PresetLoader } from "../../../src/ui/kit/presets.ts";
import { createAppStore, DEFAULT_STATE, type AppState } from "../../../src/ui/store.ts";
import { memoryPresets, Player, presetFiles } from "../editor/harness.tsx";

vi.setConfig({ testTimeout: 20_000 });

function setup({ presets = memoryPresets(), state = {} }: { presets?: PresetLoader; state?: Partial<AppState> } = {}) {
  const store = createAppStore(state);
  render(
    <AppStoreContext.Provider value={store}>
      <ModelContext.Provider value={{ store: createModelStore(), presets }}>
        <Player store={store} modelFacts editWeights="open" />
      </ModelContext.Provider>
    </AppStoreContext.Provider>,
  );
  const user = userEvent.setup();
  return { store, user, facts: screen.getByRole("region", { name: /What the model knows|模型知道什么/u }) };
}

/** Unfolds the list of words (folded at first, so the formulas stay on screen). */
async function openWords(user: ReturnType<typeof userEvent.setup>) {
  const summary = screen.getByText(/^(Words it reads|它能读的词)/u, { selector: "summary" });
  expect((summary.parentElement as HTMLDetailsElement).open).toBe(false);
  await user.click(summary);
  expect((summary.parentElement as HTMLDetailsElement).open).toBe(true);
}

/** How long a test waits for the in-memory presets: a ceiling for a busy machine, not a timing check. */
const LOADED = { timeout: 10_000 };
const WORDS = ENGLISH_VOCAB.length - 3;
const toolbar = () => screen.getByRole("toolbar", { name: `Words it reads (${WORDS})` });

function trainedPreset(heldOutAccuracy?: number): Seq2SeqModel {
  const model = demoModel(DEFAULT_STATE.choice, 7);
  return { ...model, meta: { trained: true, ...(heldOutAccuracy === undefined ? {} : { heldOutAccuracy }) } };
}

describe("What the model knows", () => {
  it("the playground lists every word of the source vocabulary, folded at first, without <sos>, <eos> and <unk>, as one tab stop", async () => {
    const { user } = setup();
    await openWords(user);
    const buttons = within(toolbar()).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual(ENGLISH_VOCAB.slice(3));
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
  });

  it("pressing a word adds it to the end of the sentence", async () => {
    const { store, user } = setup({ state: { sentence: "I love " } });
    await openWords(user);
    await user.click(within(toolbar()).getByRole("button", { name: "cat" }));
    expect(store.getState().sentence).toBe("I love cat");
    expect((screen.getByRole("textbox", { name: "Sentence" }) as HTMLInputElement).value).toBe("I love cat");
  });

  it("pressing → ← End Home in the word list moves focus between words and leaves the player's cursor alone", async () => {
    const { store, user } = setup();
    await openWords(user);
    const buttons = within(toolbar()).getAllByRole("button");
    buttons[0]!.focus();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(document.activeElement).toBe(buttons[2]);
    expect(buttons[2]!.tabIndex).toBe(0);
    expect(buttons[0]!.tabIndex).toBe(-1);
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(buttons.at(-1));
    await user.keyboard("{Home}{ArrowLeft}");
    expect(document.activeElement).toBe(buttons[0]);
    await user.keyboard("{Enter}");
    expect(store.getState()).toMatchObject({ step: 0, sentence: "I love you i" });
  });

  it("typing a word outside the vocabulary names it as read <unk>", async () => {
    const { user } = setup();
    const field = screen.getByRole("textbox", { name: "Sentence" });
    await user.clear(field);
    await user.type(field, "I love pizza");
    expect(screen.getByText("Not in the vocabulary, read as <unk>: “pizza”.").getAttribute("role")).toBe("note");
  });

  it("the untrained demo's held-out accuracy is not measured", async () => {
    const { facts } = setup();
    await waitFor(() => expect(facts.textContent).toContain("Held-out accuracy: not measured: these weights are random and untrained"), LOADED);
  });

  it("a trained preset shows the held-out accuracy its training measured, and says when the reader's edits came after it", async () => {
    const { facts, user } = setup({ presets: memoryPresets(presetFiles(trainedPreset(0.8621))) });
    await waitFor(() => expect(facts.textContent).toContain("Held-out accuracy: 86 % of the held-out sentences (never seen in training) translated exactly"), LOADED);
    expect(facts.textContent).not.toContain("before your edits");
    await user.click(screen.getByRole("button", { name: "Randomise all" }));
    await waitFor(() => expect(facts.textContent).toContain("measured before your edits to the weights"), LOADED);
  });

  it("a preset whose file records no held-out accuracy says it was not measured", async () => {
    const { facts } = setup({ presets: memoryPresets(presetFiles(trainedPreset())) });
    await waitFor(() => expect(facts.textContent).toContain("Held-out accuracy: not measured for this model"), LOADED);
  });

  it("the Chinese edition says the same in Chinese, with the English → Chinese source words", async () => {
    const { user } = setup({ state: { lang: "zh", pair: "en-zh", sentence: "I love China" } });
    await openWords(user);
    const list = screen.getByRole("toolbar", { name: /它能读的词/u });
    expect(within(list).getByRole("button", { name: "china" })).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/留出集准确率/u).parentElement?.textContent).toContain("未测"), LOADED);
  });
});
