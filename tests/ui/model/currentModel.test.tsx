// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { forward } from "../../../src/core/forward.ts";
import { demoModel } from "../../../src/model/defaults.ts";
import { serializeModel } from "../../../src/model/convert.ts";
import { stringifyModelFile } from "../../../src/model/stringify.ts";
import { MAX_IMPORT_BYTES, readText } from "../../../src/ui/editor/FilesSection.tsx";
import { presetId } from "../../../src/ui/model/sources.ts";
import { UNTRAINED_TEXT } from "../../../src/ui/player/UntrainedNote.tsx";
import { DEFAULT_PLAYER } from "../../../src/ui/playerStore.ts";
import { gatedPresets, memoryPresets, outputText, presetFiles, renderEditor } from "../editor/harness.tsx";

vi.setConfig({ testTimeout: 60_000 });

// The demo model's choice: the default with the previous-state query, for which no preset exists.
const choice = { ...DEFAULT_PLAYER.choice, query: "previous" as const };
const trained = { ...demoModel(choice, 7), name: "Trained test model", meta: { trained: true } };
const trainedOutput = forward(trained, DEFAULT_PLAYER.sentence).output.text;
const demoOutput = forward(demoModel(choice, 1), DEFAULT_PLAYER.sentence).output.text;
const source = () => screen.getByRole("combobox", { name: "Start from" }) as HTMLSelectElement;

describe("the player's model", () => {
  it("rendering a player whose choice has a preset shows the demo until the preset arrives, then the preset without the untrained note; the editor waits for the preset", async () => {
    const { presets, release } = gatedPresets(trained);
    renderEditor({ presets, state: { step: 99 } });
    expect(screen.getByText(UNTRAINED_TEXT)).toBeTruthy();
    expect(outputText()).toContain(demoOutput);
    // Nothing can be edited on the demo that is about to be replaced: the edits would land on it and vanish from view.
    expect(await screen.findByText(/^Loading the trained preset: /u, {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.queryByRole("combobox", { name: "Parameter" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Make a share link" })).toBeNull();
    await act(async () => release());
    await waitFor(() => expect(screen.queryByText(UNTRAINED_TEXT)).toBeNull());
    expect(outputText()).toContain(trainedOutput);
    expect(await screen.findByRole("option", { name: "Trained preset: Test preset" }, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Parameter" })).toBeTruthy();
    expect(screen.queryByText(/^Loading the trained preset: /u)).toBeNull();
  });

  it("rendering a player when the presets cannot be loaded keeps the demo and says so in the source list", async () => {
    renderEditor({ presets: memoryPresets(), state: { step: 99 } });
    expect(await screen.findByRole("option", { name: "Trained preset (could not be loaded)" }, { timeout: 30_000 })).toBeTruthy();
    expect(outputText()).toContain(demoOutput);
    expect(screen.getByText(UNTRAINED_TEXT)).toBeTruthy();
  });

  it("choosing Untrained in Start from shows the demo though a preset exists, and each base keeps its own edits", async () => {
    const s = renderEditor({ presets: memoryPresets(presetFiles(trained)), state: { step: 99 }, inputs: { edits: { [presetId("preset.json")]: { "decoder.output.b_out": { 3: 1 } } } } });
    await waitFor(() => expect(screen.getByText(/trained preset .*; 1 weight edited/u)).toBeTruthy(), { timeout: 30_000 });
    expect(source().value).toBe("preset");
    await s.user.selectOptions(source(), "demo");
    expect(s.models.getState().source).toBe("demo");
    expect(outputText()).toContain(demoOutput);
    expect(screen.getByText(/no weight edited/u)).toBeTruthy();
    expect(s.models.getState().edits[presetId("preset.json")]).toEqual({ "decoder.output.b_out": { 3: 1 } });
  });

  it("importing a model file shows it and takes on its choices; a bad file lists its errors by path and changes nothing", async () => {
    const s = renderEditor({ state: { step: 99 } });
    const other = { ...demoModel({ ...choice, cell: "gru-reset-before", variant: "every-step" }, 5), name: "My GRU" };
    const input = await screen.findByLabelText("Import a model file", {}, { timeout: 30_000 });
    await s.user.upload(input, new File(['{"format":"seq2seq-lab/model","version":1,"name":"x","source":{}}'], "bad.json", { type: "application/json" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/This file was not imported; nothing changed/u);
    expect(within(alert).getAllByRole("listitem")[0]!.textContent).toMatch(/^source\.vocab|^target|^encoder|^source/u);
    expect(s.models.getState().imported).toBeNull();

    await s.user.upload(input, new File([stringifyModelFile(serializeModel(other))], "mine.json", { type: "application/json" }));
    await screen.findByText("Imported mine.json: the player now shows My GRU.");
    expect(s.player.getState().choice).toMatchObject({ cell: "gru-reset-before", variant: "every-step" });
    expect(s.models.getState().source).toBe("imported");
    // A new choice starts the cursor over; the last step shows the whole output.
    act(() => s.player.getState().setStep(99));
    await waitFor(() => expect(outputText()).toContain(forward(other, DEFAULT_PLAYER.sentence).output.text));
  });

  it("a file over the import limit is refused before it is read, with its size, and changes nothing", async () => {
    const s = renderEditor();
    const input = await screen.findByLabelText("Import a model file", {}, { timeout: 30_000 });
    const huge = new File(["{}"], "huge.json", { type: "application/json" });
    Object.defineProperty(huge, "size", { value: MAX_IMPORT_BYTES + 100_000 });
    const read = vi.spyOn(FileReader.prototype, "readAsText");
    await s.user.upload(input, huge);
    expect((await screen.findByRole("alert", {}, { timeout: 30_000 })).textContent).toContain("huge.json: 134.3 MB is more than a model file may have here (134.2 MB, 128 MiB); nothing was changed.");
    expect(read).not.toHaveBeenCalled();
    expect(s.models.getState().imported).toBeNull();
    read.mockRestore();
  });

  it("dropping a model file on the import area imports it, and dropping a broken one changes nothing", async () => {
    const s = renderEditor();
    const zone = (await screen.findByLabelText("Import a model file", {}, { timeout: 30_000 })).closest(".weights-drop")!;
    fireEvent.drop(zone, { dataTransfer: { files: [new File(["{ not json"], "broken.json")] } });
    // A role query walks the whole player: on a busy machine one poll can take a second.
    expect((await screen.findByRole("alert", {}, { timeout: 30_000 })).textContent).toMatch(/not valid JSON: line 1, column 3/u);
    expect(s.models.getState().imported).toBeNull();
    const other = { ...demoModel({ ...choice, cell: "rnn" }, 5), name: "Dropped RNN" };
    fireEvent.drop(zone, { dataTransfer: { files: [new File([stringifyModelFile(serializeModel(other))], "dropped.json")] } });
    await screen.findByText("Imported dropped.json: the player now shows Dropped RNN.", {}, { timeout: 30_000 });
    expect(s.models.getState().imported?.name).toBe("dropped.json");
  });

  it("pressing Export model downloads the current model, edits included, as a model file", async () => {
    const s = renderEditor({ presets: memoryPresets(), inputs: { edits: { "demo:lstm/attention/dot/previous": { "decoder.output.b_out": { 0: 2.5 } } } } });
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => (created.push(blob), "blob:model"));
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    await s.user.click(await screen.findByRole("button", { name: "Export model" }, { timeout: 30_000 }));
    expect(click).toHaveBeenCalledOnce();
    const text = await readText(created[0]!);
    expect(JSON.parse(text).decoder.output.b_out[0]).toBe(2.5);
    expect(JSON.parse(text).format).toBe("seq2seq-lab/model");
    click.mockRestore();
  });
});
