// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { Player } from "../../../src/ui/player/index.ts";
import { readWidgetProps } from "../../../src/ui/player/widgetProps.ts";
import { createPageStore } from "../../../src/ui/store.ts";
import { PageStoreContext } from "../../../src/ui/storeContext.ts";

// Rendering the player in jsdom is slow on a busy shared machine; this is a ceiling, not a timing check.
vi.setConfig({ testTimeout: 20_000 });

describe("widget props", () => {
  it("readWidgetProps(props) keeps the valid choices and names each ignored one", () => {
    const read = readWidgetProps({ cell: "gru", variant: "attention", score: "dot", bidirectional: "true", focus: "everything" });
    expect(read.choice).toEqual({ variant: "attention", score: "dot", bidirectional: true });
    expect(read.focus).toBe("all");
    expect(read.notes).toEqual([
      'This figure ignores cell="gru": expected one of rnn, lstm, gru-reset-before, gru-reset-after.',
      'This figure ignores focus="everything": expected one of encoder, decoder, attention, all.',
    ]);
  });

  it("rendering a lesson's Player with a misspelt cell shows a note and the default cell instead of failing", () => {
    render(<Player cell={"lsmt" as never} variant="initial" />);
    expect(screen.getByText(/ignores cell="lsmt"/u)).toBeTruthy();
    expect((screen.getByRole("combobox", { name: "Cell" }) as HTMLSelectElement).value).toBe("lstm");
    expect((screen.getByRole("combobox", { name: "Decoder" }) as HTMLSelectElement).value).toBe("initial");
  });

  it("rendering a Player with choice props gives it its own store; without them it uses the page's", () => {
    const page = createPageStore({ player: { sentence: "you love me" } });
    render(
      <PageStoreContext.Provider value={page}>
        <Player cell="rnn" />
        <Player />
      </PageStoreContext.Provider>,
    );
    const [lesson, playground] = screen.getAllByRole("combobox", { name: "Cell" }) as HTMLSelectElement[];
    expect(lesson!.value).toBe("rnn");
    expect(playground!.value).toBe(page.getState().player.getState().choice.cell);
    // Both start from the page's sentence.
    for (const field of screen.getAllByRole("textbox", { name: "Sentence" })) expect((field as HTMLInputElement).value).toBe("you love me");
  });

  it("rendering a Player with pair=\"en-zh\" reads seed 004's sentence with the English → Chinese vocabularies", () => {
    render(<Player cell="rnn" pair="en-zh" />);
    expect((screen.getByRole("combobox", { name: "Language pair" }) as HTMLSelectElement).value).toBe("en-zh");
    expect((screen.getByRole("textbox", { name: "Sentence" }) as HTMLInputElement).value).toBe("I love China");
    expect(screen.queryByText(/Not in the vocabulary/u)).toBeNull();
    expect(screen.getByRole("group", { name: "Step controls" })).toBeTruthy();
  });

  it("readWidgetProps(props) leaves the pair undefined when the lesson names none and notes a misspelt one", () => {
    expect(readWidgetProps({ cell: "rnn" }).pair).toBeUndefined();
    const read = readWidgetProps({ pair: "en-de" });
    expect(read.pair).toBeUndefined();
    expect(read.notes).toEqual(['This figure ignores pair="en-de": expected one of en-fr, en-zh.']);
  });

  it("rendering a Player with sentence=\"I see the black cat\" opens on that sentence in a store of its own", () => {
    const page = createPageStore({ player: { sentence: "I love you" } });
    render(
      <PageStoreContext.Provider value={page}>
        <Player sentence="I see the black cat" />
      </PageStoreContext.Provider>,
    );
    expect((screen.getByRole("textbox", { name: "Sentence" }) as HTMLInputElement).value).toBe("I see the black cat");
    expect(page.getState().player.getState().sentence).toBe("I love you");
  });

  it("readWidgetProps(props) keeps a sentence and notes an empty one", () => {
    expect(readWidgetProps({ sentence: "I see the cat at home" }).sentence).toBe("I see the cat at home");
    const read = readWidgetProps({ sentence: " " });
    expect(read.sentence).toBeUndefined();
    expect(read.notes).toEqual(['This figure ignores sentence=" ": expected a sentence to translate.']);
  });
});
