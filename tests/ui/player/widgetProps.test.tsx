// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { Player } from "../../../src/ui/player/index.ts";
import { readWidgetProps } from "../../../src/ui/player/widgetProps.ts";
import { createAppStore } from "../../../src/ui/store.ts";
import { AppStoreContext } from "../../../src/ui/app/storeContext.ts";

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
    const page = createAppStore({ sentence: "you love me" });
    render(
      <AppStoreContext.Provider value={page}>
        <Player cell="rnn" />
        <Player />
      </AppStoreContext.Provider>,
    );
    const [lesson, playground] = screen.getAllByRole("combobox", { name: "Cell" }) as HTMLSelectElement[];
    expect(lesson!.value).toBe("rnn");
    expect(playground!.value).toBe(page.getState().choice.cell);
    // Both start from the page's sentence.
    for (const field of screen.getAllByRole("textbox", { name: "Sentence" })) expect((field as HTMLInputElement).value).toBe("you love me");
  });

  it("rendering a Player with pair=\"en-zh\" says the Chinese model is not built yet", () => {
    render(<Player cell="rnn" pair="en-zh" />);
    expect(screen.getByText(/English → Chinese model is not built yet/u)).toBeTruthy();
  });
});
