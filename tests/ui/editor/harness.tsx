// Renders a player with the weight editor open, on a model store and preset loader of the test's
// own, so tests neither share edits nor fetch anything.

import { render, screen, waitFor } from "@testing-library/react";
import { expect } from "vitest";
import userEvent from "@testing-library/user-event";
import type { Seq2SeqModel } from "../../../src/core/model.ts";
import { serializeModel } from "../../../src/model/convert.ts";
import { stringifyModelFile } from "../../../src/model/stringify.ts";
import { PageStoreContext } from "../../../src/ui/storeContext.ts";
import { ModelContext } from "../../../src/ui/model/modelContext.ts";
import { createModelStore, type ModelInputs, type ModelStore } from "../../../src/ui/model/modelStore.ts";
import { createPresetLoader, type PresetLoader } from "../../../src/ui/kit/presets.ts";
import type { OnDemand } from "../../../src/ui/ondemand/onDemand.ts";
import { EditWeights } from "../../../src/ui/editor/EditWeights.tsx";
import { EditorSlot, Player as BarePlayer, type PlayerProps } from "../../../src/ui/player/index.ts";
import { applyIncomingLink } from "../../../src/ui/share/incomingLink.ts";
import { DEFAULT_PLAYER, type PlayerState, type PlayerStore } from "../../../src/ui/playerStore.ts";
import { createPageStore, type PageFields } from "../../../src/ui/store.ts";
import { createPresetSource } from "../../../src/ui/kit/presetSource.ts";
import { paramId } from "../../../src/core/entryIds.ts";

/** A loader that serves files from memory; a missing file fails as a 404 would. */
export function memoryPresets(files: Readonly<Record<string, string>> = {}): PresetLoader {
  return createPresetLoader(createPresetSource(async (url) => {
    const name = url.replace(/^models\//u, "");
    const text = files[name];
    if (text === undefined) throw new Error(`${url}: HTTP 404`);
    return text;
  }));
}

/** An index and one preset file for `model`, as `npm run train` writes them. */
/** The player with the weight editor in its slot, as the app shell composes them (app/lessonComponents.tsx). */
export function Player(props: PlayerProps) {
  return (
    <EditorSlot.Provider value={EditWeights}>
      <BarePlayer {...props} />
    </EditorSlot.Provider>
  );
}

export function presetFiles(model: Seq2SeqModel, file = "preset.json"): Record<string, string> {
  const d = model.decoder;
  const entry = { file, title: "Test preset", corpus: "en-fr", cell: d.cell, variant: d.variant, score: d.attention?.score ?? null, query: d.attention?.query ?? null, bidirectional: model.encoder.bidirectional, loss: 0.01, accuracy: 1 };
  return { "index.json": JSON.stringify({ models: [entry] }), [file]: stringifyModelFile(serializeModel(model)) };
}

/** Presets for `model` that arrive only when `release` is called: the moment before a preset has loaded. */
export function gatedPresets(model: Seq2SeqModel): { presets: PresetLoader; release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const files = presetFiles(model);
  const presets = createPresetLoader(createPresetSource(async (url) => {
    await gate;
    return files[url.replace("models/", "")]!;
  }));
  return { presets, release };
}

export interface Setup {
  readonly models: ModelStore;
  readonly player: PlayerStore;
  readonly presets: PresetLoader;
  readonly user: ReturnType<typeof userEvent.setup>;
}

/**
 * `link` is a share link's `w=` text, applied as the page applies it (src/main.tsx, through the URL
 * sync): once, to the test's model store and the page's store, whatever the player does.
 * `collapsed`: the editor starts closed, as in a lesson.
 */
export function renderEditor({ inputs = {}, presets = memoryPresets(), state = {}, onDemand, link, collapsed = false }: { inputs?: Partial<ModelInputs>; presets?: PresetLoader; state?: Partial<PlayerState> & Pick<Partial<PageFields>, "lesson" | "lang">; onDemand?: OnDemand; link?: string; collapsed?: boolean } = {}): Setup {
  const models = createModelStore(inputs);
  // The editor tests work on the untrained demo model: a choice with no trained preset.
  // The player is the page's playground player, as on the playground (share links arrive there).
  const { lesson, lang, ...fields } = state;
  const page = createPageStore({ ...(lesson ? { lesson } : {}), ...(lang ? { lang } : {}), player: { choice: { ...DEFAULT_PLAYER.choice, query: "previous" }, ...fields } });
  const player = page.getState().player;
  render(
    <PageStoreContext.Provider value={page}>
      <ModelContext.Provider value={onDemand ? { store: models, presets, onDemand } : { store: models, presets }}>
        <Player store={player} {...(collapsed ? {} : { editWeights: "open" as const })} />
      </ModelContext.Provider>
    </PageStoreContext.Provider>,
  );
  if (link !== undefined) void applyIncomingLink(link, player, { store: models, presets });
  return { models, player, presets, user: userEvent.setup() };
}

/** Waits for the lazily loaded editor, then picks a parameter by its path (the option's value is its param: id). */
export async function openParam(user: Setup["user"], path: string): Promise<void> {
  const picker = await screen.findByRole("combobox", { name: "Parameter" }, { timeout: 30_000 });
  await user.selectOptions(picker, paramId(path));
}

/** The player's own output line (the editor repeats the output beside its grid). */
export const outputText = () => document.querySelector(".player-output")?.textContent ?? "";

export async function waitForEditor(): Promise<void> {
  await waitFor(() => expect(screen.getByRole("combobox", { name: "Parameter" })).toBeTruthy(), { timeout: 30_000 });
}
