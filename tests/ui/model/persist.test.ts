// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { demoModel } from "../../../src/model/defaults.ts";
import { paramData } from "../../../src/ui/model/edits.ts";
import { createModelStore } from "../../../src/ui/model/modelStore.ts";
import { inputsFromText, inputsToText, loadInputs, migrate, NO_STORAGE, saveInputs, STORAGE_KEY } from "../../../src/ui/model/persist.ts";
import type { StorageStatus } from "../../../src/ui/i18n/faultKinds.ts";
import { startPersistence } from "../../../src/ui/model/persistence.ts";
import { en } from "../../../src/ui/i18n/en.ts";
import { zh } from "../../../src/ui/i18n/zh.ts";
import { demoId } from "../../../src/ui/model/sources.ts";
import { DEFAULT_PLAYER } from "../../../src/ui/playerStore.ts";

const BASE = demoId(DEFAULT_PLAYER.choice);

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

function failing(name: string) {
  const error = Object.assign(new Error(`${name} happened`), { name });
  return { getItem: () => { throw error; }, setItem: () => { throw error; }, removeItem: () => { throw error; } };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("persisting the model's inputs", () => {
  it("migrate turns a version-0 record (a flat list of edits, no version) into version 1", () => {
    const v0 = { weights: [{ base: BASE, path: "encoder.weights.W_f", index: 2, value: 0.25 }, { base: BASE, path: "encoder.weights.W_f", index: 5, value: -1 }, { base: "preset:x.json", path: "decoder.output.b_out", index: 0, value: 3 }, "junk"] };
    const migrated = migrate(v0);
    expect(migrated).toEqual({
      ok: true,
      record: { version: 1, source: "preset", imported: null, edits: { [BASE]: { "encoder.weights.W_f": [[2, 0.25], [5, -1]] }, "preset:x.json": { "decoder.output.b_out": [[0, 3]] } } },
    });
    const read = inputsFromText(JSON.stringify(v0));
    expect(read.ok && read.inputs.edits).toEqual({ [BASE]: { "encoder.weights.W_f": { 2: 0.25, 5: -1 } }, "preset:x.json": { "decoder.output.b_out": { 0: 3 } } });
  });

  it("migrate refuses a record from a newer version and one that is not an object, with a reason", () => {
    expect(migrate({ version: 2 })).toEqual({ ok: false, problem: { kind: "newer", version: 2 } });
    expect(migrate([1, 2])).toEqual({ ok: false, problem: { kind: "notObject" } });
    expect(migrate({ version: "one" })).toMatchObject({ ok: false });
  });

  it("inputsToText then inputsFromText gives back every edit bit for bit (-0, 1e300, the smallest subnormal) and an imported model", () => {
    const model = demoModel({ ...DEFAULT_PLAYER.choice, cell: "gru-reset-after" }, 9);
    const edits = { [BASE]: { "encoder.weights.W_f": { 0: -0, 1: 1e300, 2: 5e-324, 3: 0.1 + 0.2 } } };
    const text = inputsToText({ source: "imported", imported: { name: "mine.json", model, choice: DEFAULT_PLAYER.choice }, edits });
    const read = inputsFromText(text);
    if (!read.ok) throw new Error(read.problem.kind);
    const back = read.inputs.edits[BASE]!["encoder.weights.W_f"]!;
    expect(Object.is(back[0], -0)).toBe(true);
    expect([back[1], back[2], back[3]]).toEqual([1e300, 5e-324, 0.1 + 0.2]);
    expect(read.inputs.source).toBe("imported");
    expect(read.inputs.imported?.name).toBe("mine.json");
    expect(Array.from(paramData(read.inputs.imported!.model, "encoder.weights.W_z")!)).toEqual(Array.from(paramData(model, "encoder.weights.W_z")!));
  });

  it("loadInputs reads nothing from empty storage and reports missing, refusing or unreadable storage", () => {
    expect(loadInputs(memoryStorage())).toEqual({ inputs: {}, status: null });
    expect(loadInputs(undefined)).toEqual({ inputs: {}, status: NO_STORAGE });
    expect(loadInputs(failing("SecurityError")).status).toEqual({ kind: "blocked" });
    expect(loadInputs(failing("InvalidStateError")).status).toEqual({ kind: "refused", detail: "InvalidStateError happened" });
    const broken = memoryStorage();
    broken.setItem(STORAGE_KEY, "{not json");
    expect(loadInputs(broken)).toMatchObject({ inputs: {}, status: { kind: "notRestored", problem: { kind: "syntax" } }, trouble: { kind: "unreadable" }, text: "{not json" });
  });

  it("every status reads as a sentence in both languages", () => {
    const statuses: readonly StorageStatus[] = [NO_STORAGE, { kind: "saved" }, { kind: "empty" }, { kind: "full" }, { kind: "blocked" }, { kind: "refused", detail: "why" }, { kind: "notRestored", detail: "why" }];
    for (const s of statuses) {
      const words = [en.editor.storage[s.kind](s.detail ?? ""), zh.editor.storage[s.kind](s.detail ?? "")];
      expect(words[0]).toMatch(/^[A-Z].*\.$/u);
      expect(words[1]).toMatch(/[\u4e00-\u9fff].*。$/u);
      if (s.detail !== undefined) for (const w of words) expect(w).toContain("why");
    }
    expect(en.editor.storage.full()).toMatch(/storage for the site is full/u);
    expect(zh.editor.storage.full()).toMatch(/存储空间已满/u);
  });

  it("saveInputs reports a full storage (QuotaExceededError) and a blocked one (SecurityError) instead of throwing", () => {
    const inputs = { source: "preset" as const, imported: null, edits: { [BASE]: { "encoder.weights.W_f": { 0: 1 } } } };
    expect(saveInputs(failing("QuotaExceededError"), inputs)).toEqual({ kind: "full" });
    expect(saveInputs(failing("SecurityError"), inputs)).toEqual({ kind: "blocked" });
    expect(saveInputs(undefined, inputs)).toBe(NO_STORAGE);
    const storage = memoryStorage();
    expect(saveInputs(storage, inputs)).toEqual({ kind: "saved" });
    expect(saveInputs(storage, { source: "preset", imported: null, edits: {} })).toEqual({ kind: "empty" });
    expect(storage.items.size).toBe(0);
  });

  it("startPersistence saves a moment after the last change, once, and tells the store how it went", () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const setItem = vi.spyOn(storage, "setItem");
    const store = createModelStore();
    const model = demoModel(DEFAULT_PLAYER.choice, 1);
    const persistence = startPersistence(store, storage, 300, undefined);
    for (let i = 0; i < 20; i++) store.getState().setValue(BASE, model, "encoder.weights.W_f", 0, i + 0.5);
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(setItem).toHaveBeenCalledOnce();
    expect(store.getState().storage).toEqual({ kind: "saved" });
    persistence.stop();
  });

  it("startPersistence with a full storage keeps the edits in the page and says they are not saved", () => {
    const store = createModelStore();
    const persistence = startPersistence(store, failing("QuotaExceededError"), 300, undefined);
    store.getState().setValue(BASE, demoModel(DEFAULT_PLAYER.choice, 1), "encoder.weights.W_f", 0, 2);
    persistence.flush();
    expect(store.getState().storage).toEqual({ kind: "full" });
    expect(store.getState().edits[BASE]).toEqual({ "encoder.weights.W_f": { 0: 2 } });
    persistence.stop();
  });
});
