// @vitest-environment jsdom
// The weight editor names parameters by their param: ids, the ids trace entries read them by: every
// parameter an entry or a formula names is one the editor lists, and pressing a parameter in the
// player's formulas opens the editor on it.

import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { traceEntries } from "../../../src/core/entries.ts";
import { paramId, paramPath } from "../../../src/core/entryIds.ts";
import { forward } from "../../../src/core/forward.ts";
import { paramInfos } from "../../../src/ui/editor/paramInfo.ts";
import { en } from "../../../src/ui/i18n/en.ts";
import { cases, formulaIds } from "../player/hoverIds.test.ts";
import { KATEX_WAIT } from "../player/helpers.ts";
import { renderEditor } from "./harness.tsx";

/** The button of a parameter in the formulas, by its name: "W_f (Encoder): open it in the weight editor". */
async function paramButton(id: string, part: string): Promise<HTMLElement> {
  const name = `${id.slice(id.lastIndexOf(".") + 1)}${en.player.openParam(part)}`;
  const button = await screen.findByRole("button", { name }, KATEX_WAIT);
  expect(button.getAttribute("data-param")).toBe(id);
  return button;
}

describe("param: ids", () => {
  it.each(cases)("every param: id that traceEntries and the formulas of %s name is a parameter the editor lists", (_name, model) => {
    const listed = new Set(paramInfos(model).map((i) => paramId(i.shape.path)));
    const trace = forward(model, "i love you");
    const fromEntries = traceEntries(trace).flatMap((e) => e.from.filter((f) => paramPath(f) !== undefined));
    const fromFormulas = [...formulaIds(trace, model.target.vocab)].filter((id) => paramPath(id) !== undefined);
    expect(fromEntries.length).toBeGreaterThan(0);
    expect(fromFormulas.length).toBeGreaterThan(0);
    for (const id of [...fromEntries, ...fromFormulas]) expect(listed.has(id), `${id} is not in the editor`).toBe(true);
  });

  it("pressing W_f in an encoder step's formulas opens the collapsed editor on the encoder's W_f, its grid focused; Enter on W_out then shows W_out", async () => {
    const s = renderEditor({ collapsed: true });
    const wf = await paramButton("param:encoder.weights.W_f", en.editor.groups.encoder);
    expect(document.querySelector<HTMLDetailsElement>(".edit-weights")!.open).toBe(false);
    await s.user.click(wf);
    const picker = (await screen.findByRole("combobox", { name: "Parameter" }, { timeout: 30_000 })) as HTMLSelectElement;
    expect(document.querySelector<HTMLDetailsElement>(".edit-weights")!.open).toBe(true);
    await waitFor(() => expect(picker.value).toBe("param:encoder.weights.W_f"));
    const section = () => document.querySelector<HTMLElement>('.weight-param[data-param="param:encoder.weights.W_f"]');
    expect(section()?.getAttribute("aria-label")).toMatch(/^W_f/u);
    await waitFor(() => expect(section()?.contains(document.activeElement) && document.activeElement?.tagName).toBe("TD"));

    s.player.setState({ step: 99 });
    const wOut = await paramButton("param:decoder.output.W_out", en.editor.groups.output);
    wOut.focus();
    fireEvent.keyDown(wOut, { key: "Enter" });
    await waitFor(() => expect(picker.value).toBe("param:decoder.output.W_out"));
    expect(s.player.getState().step).toBe(99);
    await waitFor(() => expect(document.querySelector('.weight-param[data-param="param:decoder.output.W_out"]')!.contains(document.activeElement)).toBe(true));
  });
});
