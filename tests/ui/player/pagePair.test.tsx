// @vitest-environment jsdom
// A lesson's widgets take the page's language pair unless their props name one: English → Chinese
// and "I love China" on a Chinese page, English → French on an English one, and the pair a URL names
// on either. A lesson's player can also open on a step named by its trace id, and decode by sampling.
import { act, render, renderHook, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { forward } from "../../../src/core/forward.ts";
import { demoModel } from "../../../src/model/defaults.ts";
import { AppStoreContext } from "../../../src/ui/storeContext.ts";
import { decodeView } from "../../../src/ui/urlState.ts";
import { stateOfView } from "../../../src/ui/app/urlSync.ts";
import { DecoderComparison, Player } from "../../../src/ui/player/index.ts";
import { useInitialStep } from "../../../src/ui/player/useInitialStep.ts";
import { DEMO_SEED } from "../../../src/model/defaults.ts";
import { createAppStore, DEFAULT_STATE, type AppStore } from "../../../src/ui/store.ts";

vi.setConfig({ testTimeout: 20_000 });

/** The page's store as the URL sets it. */
const pageOf = (hash: string): AppStore => createAppStore(stateOfView(decodeView(hash, { lessons: ["encoder-decoder", "decoders"] })));

function renderOn(page: AppStore, ui: React.ReactNode) {
  render(<AppStoreContext.Provider value={page}>{ui}</AppStoreContext.Provider>);
}

const pairMenu = () => screen.getByRole("combobox", { name: /Language pair|语言对/u }) as HTMLSelectElement;
const sentences = () => (screen.getAllByRole("textbox", { name: /Sentence|句子/u }) as HTMLInputElement[]).map((f) => f.value);

describe("the page's pair", () => {
  it("rendering a lesson's Player on a Chinese page opens on English → Chinese and I love China", () => {
    renderOn(pageOf("#/zh/lesson/decoders"), <Player cell="rnn" variant="initial" />);
    expect(pairMenu().value).toBe("en-zh");
    expect(sentences()).toEqual(["I love China"]);
  });

  it("rendering a lesson's comparison on a Chinese page reads I love China", () => {
    renderOn(pageOf("#/zh/lesson/decoders"), <DecoderComparison />);
    expect(sentences()).toEqual(["I love China"]);
    // Every word is in the pair's source vocabulary: the field names none read as <unk> (an untrained
    // decoder may still write <unk>, so the pictures are not the place to look).
    expect(screen.queryByText(/按 <unk> 读入的词/u)).toBeNull();
    expect(screen.queryByText(/read as <unk>/u)).toBeNull();
  });

  it("rendering the same widgets on an English page opens on English → French and I love you", () => {
    renderOn(pageOf("#/lesson/decoders"), <><Player cell="rnn" /><DecoderComparison /></>);
    expect(pairMenu().value).toBe("en-fr");
    expect(sentences()).toEqual(["I love you", "I love you"]);
  });

  it("a URL's pair overrides the edition's: pair=en-fr on a Chinese page gives its widgets English → French", () => {
    renderOn(pageOf("#/zh/lesson/decoders?pair=en-fr"), <><Player cell="rnn" /><DecoderComparison /></>);
    expect(pairMenu().value).toBe("en-fr");
    expect(sentences()).toEqual(["I love you", "I love you"]);
  });

  it("a pair the lesson names wins over the page's", () => {
    renderOn(pageOf("#/zh/lesson/decoders"), <Player cell="rnn" pair="en-fr" />);
    expect(pairMenu().value).toBe("en-fr");
  });

  it("the Chinese playground opens on English → Chinese, and the player reads the page's store", () => {
    const page = pageOf("#/zh/playground");
    renderOn(page, <Player />);
    expect(page.getState()).toMatchObject({ pair: "en-zh", sentence: "I love China", lang: "zh" });
    expect(pairMenu().value).toBe("en-zh");
  });
});

describe("a lesson player's step and decoding props", () => {
  const trace = forward(demoModel({ ...DEFAULT_STATE.choice, cell: "rnn", variant: "every-step" }, DEMO_SEED), "I love you");
  const dec1 = trace.steps.findIndex((s) => s.id === "dec.1");

  it("rendering a Player with step=\"dec.1\" opens on the first decoder step", () => {
    renderOn(pageOf("#/lesson/decoders"), <Player cell="rnn" variant="every-step" step="dec.1" />);
    expect(screen.getByText(`Step ${dec1 + 1} of ${trace.steps.length}`)).toBeTruthy();
    expect(screen.getByRole("heading", { name: /Decoder, t′ = 1/u })).toBeTruthy();
  });

  it("rendering a Player with step=\"last\" opens on the last step", () => {
    renderOn(pageOf("#/lesson/decoders"), <Player cell="rnn" variant="every-step" step="last" />);
    expect(screen.getByText(`Step ${trace.steps.length} of ${trace.steps.length}`)).toBeTruthy();
  });

  it("rendering a Player with a step its trace lacks, or one that is not a step id, says so and opens on step 1", () => {
    renderOn(pageOf("#/lesson/decoders"), <><Player cell="rnn" step="dec.99" /><Player cell="rnn" step="decoder" /></>);
    expect(screen.getByText(/ignores step="dec.99"/u)).toBeTruthy();
    expect(screen.getByText(/ignores step="decoder"/u)).toBeTruthy();
    for (const status of screen.getAllByText(/^Step \d+ of \d+$/u)) expect(status.textContent).toMatch(/^Step 1 of/u);
  });

  it("rendering a Player with decoding=\"sample\" samples with its temperature and seed, apart from the page's greedy store", () => {
    const page = pageOf("#/lesson/decoders");
    renderOn(page, <Player cell="rnn" decoding="sample" temperature="2" seed="3" />);
    expect((screen.getByRole("combobox", { name: "Decoding" }) as HTMLSelectElement).value).toBe("sample");
    expect((screen.getByRole("textbox", { name: "Temperature τ, as a number" }) as HTMLInputElement).value).toBe("2");
    expect((screen.getByRole("textbox", { name: "Sampling seed" }) as HTMLInputElement).value).toBe("3");
    expect(page.getState().decoding).toEqual({ kind: "greedy" });
  });
});

describe("useInitialStep(store, trace, id)", () => {
  const one = forward(demoModel({ ...DEFAULT_STATE.choice, bidirectional: false }, DEMO_SEED), "I love you");
  const bi = forward(demoModel({ ...DEFAULT_STATE.choice, bidirectional: true }, DEMO_SEED), "I love you");
  const at = (trace: typeof one, id: string) => trace.steps.findIndex((s) => s.id === id);

  it("useInitialStep follows the id into each new trace until the reader moves the cursor", () => {
    const store = createAppStore();
    const { rerender } = renderHook(({ trace }) => useInitialStep(store, trace, "dec.1"), { initialProps: { trace: one } });
    expect(store.getState().step).toBe(at(one, "dec.1"));
    // A trace whose first decoder step sits elsewhere (a preset arriving after the demo).
    rerender({ trace: bi });
    expect(store.getState().step).toBe(at(bi, "dec.1"));
    act(() => store.getState().setStep(2));
    rerender({ trace: one });
    expect(store.getState().step).toBe(2);
  });
});
