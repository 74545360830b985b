// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { traceEntries } from "../../../src/core/entries.ts";
import { forward } from "../../../src/core/forward.ts";
import { demoModel } from "../../../src/model/defaults.ts";
import { traceJson } from "../../../src/model/traceJson.ts";
import { decodeView, DEFAULT_VIEW, PLAYGROUND } from "../../../src/ui/urlState.ts";
import { readText } from "../../../src/ui/editor/FilesSection.tsx";
import { applyEdits } from "../../../src/ui/model/edits.ts";
import { demoId } from "../../../src/ui/model/sources.ts";
import { decodeShared } from "../../../src/ui/share/linkCodec.ts";
import { traceCsv } from "../../../src/ui/share/traceCsv.ts";
import { DEFAULT_STATE } from "../../../src/ui/store.ts";
import { renderEditor } from "../editor/harness.tsx";

vi.setConfig({ testTimeout: 60_000 });

// The demo model's choice: the default with the previous-state query, for which no preset exists.
const choice = { ...DEFAULT_STATE.choice, query: "previous" as const };
const mine = { "encoder.weights.W_f": { 2: -0.75 } };
const edits = { [demoId(choice)]: mine };
const model = applyEdits(demoModel(choice, 1), mine);

function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), "blob:x"), revokeObjectURL: () => {} });
  const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names, restore: () => click.mockRestore() };
}

describe("exports", () => {
  it("traceCsv(trace) writes a header and one row per trace entry, with every number exact", () => {
    const trace = forward(model, "I love you");
    const rows = traceCsv(trace).trimEnd().split("\r\n");
    const entries = traceEntries(trace);
    expect(rows[0]).toBe("id,name,formula,values");
    expect(rows).toHaveLength(entries.length + 1);
    const [id, name, formula, values] = rows[3]!.split(",");
    expect([id, name, formula]).toEqual([entries[2]!.id, entries[2]!.name, entries[2]!.formula]);
    expect(values!.slice(1, -1).split(" ").map(Number)).toEqual(Array.from(entries[2]!.value));
  });

  it("pressing Trace as JSON and Trace as CSV downloads the trace as npm run trace prints it and as CSV", async () => {
    const s = renderEditor({ inputs: { edits } });
    const downloads = captureDownloads();
    await s.user.click(await screen.findByRole("button", { name: "Trace as JSON" }, { timeout: 30_000 }));
    await s.user.click(screen.getByRole("button", { name: "Trace as CSV" }));
    downloads.restore();
    const trace = forward(model, DEFAULT_STATE.sentence);
    expect(await readText(downloads.blobs[0]!)).toBe(traceJson(trace));
    expect(await readText(downloads.blobs[1]!)).toBe(traceCsv(trace));
    expect(downloads.names[0]).toMatch(/^untrained-lstm.*i-love-you\.json$/u);
  });

  it("pressing Make a share link shows a link to this view whose weights are the reader's edits", async () => {
    const s = renderEditor({ inputs: { edits, source: "demo" }, state: { lesson: PLAYGROUND, step: 4 } });
    await s.user.click(await screen.findByRole("button", { name: "Make a share link" }, { timeout: 30_000 }));
    const field = (await screen.findByRole("textbox", { name: "Share link" })) as HTMLInputElement;
    const view = decodeView(new URL(field.value).hash, { lessons: [DEFAULT_VIEW.lesson] });
    expect(view).toMatchObject({ lesson: PLAYGROUND, step: 4, choice });
    expect(await decodeShared(view.weights!)).toEqual({ ok: true, value: { kind: "demo", choice, pair: "en-fr", edits: mine } });
  });
});
