// @vitest-environment jsdom
// The player's polite live region: each step said in one sentence, in the reader's language.

import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { PageStoreContext } from "../../../src/ui/storeContext.ts";
import { Player } from "../../../src/ui/player/index.ts";
import { fmt } from "../../../src/ui/kit/format.ts";
import { createPlayerStore, type PlayerState } from "../../../src/ui/playerStore.ts";
import { createPageStore, type Lang } from "../../../src/ui/store.ts";
import { expectedTrace, firstDecoderIndex } from "../player/helpers.ts";

vi.setConfig({ testTimeout: 20_000 });

function setup({ lang, ...state }: Partial<PlayerState> & { lang?: Lang } = {}) {
  const page = createPlayerStore(state);
  render(
    <PageStoreContext.Provider value={createPageStore({ player: page, ...(lang ? { lang } : {}) })}>
      <Player store={page} />
    </PageStoreContext.Provider>,
  );
  return { page, user: userEvent.setup(), live: () => screen.getByRole("status") };
}

describe("the step announcement", () => {
  it("pressing Next step announces the new step politely in one sentence", async () => {
    const { user, live } = setup();
    const steps = expectedTrace().steps.length;
    expect(live().getAttribute("aria-live")).toBe("polite");
    await user.click(screen.getByRole("button", { name: "Next step" }));
    expect(live().textContent).toBe(`Step 2 of ${steps}. Encoder step 2: reads “love” and updates h2`);
  });

  it("stepping to a decoder step names the most attended word, its weight and the token written", async () => {
    const trace = expectedTrace();
    const at = firstDecoderIndex(trace);
    const step = trace.steps[at]!;
    if (step.kind !== "decoder" || !step.attention) throw new Error("the default model attends");
    const alpha = Array.from(step.attention.alpha);
    const j = alpha.indexOf(Math.max(...alpha));
    const { live } = setup({ step: at });
    expect(live().textContent).toBe(`Step ${at + 1} of ${trace.steps.length}. Decoder step 1: attention puts ${fmt(alpha[j]!, 2)} on “${trace.source[j]!.text}”; the decoder writes ${step.token}`);
  });

  it("in Chinese the announcement is Chinese", async () => {
    const { user, live } = setup({ lang: "zh" });
    await user.click(screen.getByRole("button", { name: "下一步" }));
    expect(live().textContent).toMatch(/^第 2 步，共 \d+ 步。编码第 2 步：读入“love”，更新 h2$/u);
  });

  it("while playing the region is quiet, so that a screen reader is not flooded", async () => {
    const { user, live } = setup();
    await user.click(screen.getByRole("button", { name: "Play" }));
    expect(live().getAttribute("aria-live")).toBe("off");
  });
});
