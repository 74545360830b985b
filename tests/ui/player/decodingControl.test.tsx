// @vitest-environment jsdom
// The decoding control: greedy or sampling with a temperature and a seed, and what sampling changes
// in the formulas and the output bars. Bad temperatures are refused and the last good one stays.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { forward } from "../../../src/core/forward.ts";
import { demoModel } from "../../../src/model/defaults.ts";
import { PageStoreContext } from "../../../src/ui/storeContext.ts";
import { fmt } from "../../../src/ui/kit/format.ts";
import { Player } from "../../../src/ui/player/index.ts";
import { DEMO_SEED } from "../../../src/model/defaults.ts";
import { createPlayerStore, DEFAULT_PLAYER, type PlayerStore } from "../../../src/ui/playerStore.ts";
import { createPageStore } from "../../../src/ui/store.ts";
import { firstDecoderIndex, KATEX_WAIT } from "./helpers.ts";

vi.setConfig({ testTimeout: 20_000 });

function setup(store: PlayerStore = createPlayerStore()) {
  render(
    <PageStoreContext.Provider value={createPageStore({ player: store })}>
      <Player store={store} />
    </PageStoreContext.Provider>,
  );
  return { store, user: userEvent.setup() };
}

const menu = () => screen.getByRole("combobox", { name: "Decoding" }) as HTMLSelectElement;
const temperatureField = () => screen.getByRole("textbox", { name: "Temperature τ, as a number" }) as HTMLInputElement;
const formulas = () => screen.getByRole("region", { name: "Formulas of this step" });
const sampled = (temperature: number, seed: number) => forward(demoModel(DEFAULT_PLAYER.choice, DEMO_SEED), DEFAULT_PLAYER.sentence, { strategy: { kind: "sample", temperature, seed } });

describe("Decoding control", () => {
  it("the player opens on greedy decoding with no temperature or seed field", () => {
    setup();
    expect(menu().value).toBe("greedy");
    expect(screen.queryByRole("slider", { name: "Temperature τ" })).toBeNull();
    expect(screen.queryByRole("textbox", { name: "Sampling seed" })).toBeNull();
  });

  it("choosing Sampling shows the temperature slider, its number field and the seed, and decodes by sampling", async () => {
    const { store, user } = setup();
    await user.selectOptions(menu(), "sample");
    expect(store.getState().decoding).toEqual({ kind: "sample", temperature: 1, seed: 1 });
    expect((screen.getByRole("slider", { name: "Temperature τ" }) as HTMLInputElement).value).toBe("1");
    expect(temperatureField().value).toBe("1");
    expect((screen.getByRole("textbox", { name: "Sampling seed" }) as HTMLInputElement).value).toBe("1");
    await user.click(screen.getByRole("button", { name: "Last step" }));
    expect(screen.getByText(/^Output:/u).parentElement?.textContent).toContain(sampled(1, 1).output.text || "—");
  });

  it("dragging the slider and typing a seed change the strategy the player decodes with", async () => {
    const { store, user } = setup(createPlayerStore({ decoding: { kind: "sample", temperature: 1, seed: 1 } }));
    fireEvent.change(screen.getByRole("slider", { name: "Temperature τ" }), { target: { value: "2.5" } });
    expect(store.getState().decoding).toEqual({ kind: "sample", temperature: 2.5, seed: 1 });
    expect(temperatureField().value).toBe("2.5");
    const seed = screen.getByRole("textbox", { name: "Sampling seed" });
    await user.clear(seed);
    await user.type(seed, "42");
    expect(store.getState().decoding).toEqual({ kind: "sample", temperature: 2.5, seed: 42 });
  });

  it.each([
    ["0", /greater than 0/u],
    ["-1", /greater than 0/u],
    ["NaN", /not a number/u],
    ["abc", /not a number/u],
    ["1e9", /too large/u],
    ["0.001", /too close to 0/u],
  ])("pasting %s as the temperature is refused with a reason, and the last good temperature stays", async (text, reason) => {
    const { store, user } = setup(createPlayerStore({ decoding: { kind: "sample", temperature: 0.8, seed: 3 } }));
    await user.clear(temperatureField());
    // Pasted whole: typed key by key, "1e9" would pass through the good temperature 1.
    temperatureField().focus();
    await user.paste(text);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toMatch(reason);
    expect(alert.textContent).toContain("Still using 0.8.");
    expect(temperatureField().getAttribute("aria-invalid")).toBe("true");
    expect(store.getState().decoding).toEqual({ kind: "sample", temperature: 0.8, seed: 3 });
  });

  it("switching back to greedy and then to sampling again keeps the reader's temperature and seed", async () => {
    const { store, user } = setup(createPlayerStore({ decoding: { kind: "sample", temperature: 0.5, seed: 9 } }));
    await user.selectOptions(menu(), "greedy");
    expect(store.getState().decoding).toEqual({ kind: "greedy" });
    await user.selectOptions(menu(), "sample");
    expect(store.getState().decoding).toEqual({ kind: "sample", temperature: 0.5, seed: 9 });
  });

  it("a sampled step's formulas draw y from softmax(z / τ) and show p of the drawn word at τ = 1 and at τ", async () => {
    const trace = sampled(2, 3);
    const index = firstDecoderIndex(trace);
    const step = trace.steps[index]!;
    if (step.kind !== "decoder" || !step.pSample) throw new Error("a sampled decoder step");
    setup(createPlayerStore({ decoding: { kind: "sample", temperature: 2, seed: 3 }, step: index }));
    await waitFor(() => expect(formulas().querySelector(".katex")).not.toBeNull(), KATEX_WAIT);
    const text = formulas().textContent ?? "";
    expect(text).toContain("distribution at the sampling temperature");
    expect(text).toContain("next token, drawn with seed 3");
    expect(text).toContain(fmt(step.p[step.y]!));
    expect(text).toContain(fmt(step.pSample[step.y]!));
    expect(text).not.toContain("\\arg\\max");
    expect(formulas().querySelector(".katex-error")).toBeNull();
  });

  it("a sampled step's output bars are p at temperature τ, with the drawn token marked", () => {
    const trace = sampled(2, 3);
    const index = firstDecoderIndex(trace);
    setup(createPlayerStore({ decoding: { kind: "sample", temperature: 2, seed: 3 }, step: index }));
    const picture = screen.getByRole("img", { name: /probabilities at temperature 2; the token drawn is/u });
    expect(picture).toBeTruthy();
    expect(within(picture).getByText(/◀ drawn/u)).toBeTruthy();
    expect(screen.getByText("Output distribution at τ = 2, t′ = 1")).toBeTruthy();
  });

  it("a sampled step's number table gives p and p at temperature τ side by side, the drawn token marked", () => {
    const trace = sampled(2, 3);
    const index = firstDecoderIndex(trace);
    const step = trace.steps[index]!;
    if (step.kind !== "decoder" || !step.pSample) throw new Error("a sampled decoder step");
    setup(createPlayerStore({ decoding: { kind: "sample", temperature: 2, seed: 3 }, step: index }));
    const table = screen.getByRole("table", { name: /^Output distribution p at t′ = 1/u });
    expect(within(table).getByRole("columnheader", { name: "p at τ = 2" })).toBeTruthy();
    const row = within(table).getByRole("row", { name: new RegExp(`\\(drawn\\)`, "u") });
    expect(row.textContent).toContain(fmt(step.pSample[step.y]!));
  });
});
