// Where both chapters' presets come from: public/models/index.json (written by `npm run train`) and
// the files it lists beside it, fetched by a URL relative to the page (the site works from any folder).
// The index is fetched once per source and shared by the recurrent presets (kit/presets.ts) and the
// Transformer's (transformer/preset.ts); each reads its own kind of entry out of it.

export type FetchText = (url: string) => Promise<string>;

export interface PresetSource {
  /** The index, parsed as JSON; fetched on the first call. */
  index(): Promise<unknown>;
  /** A file the index lists, as text (the caller checks it). */
  file(name: string): Promise<string>;
}

const FILE_NAME = /^[\w.-]{1,100}\.json$/u;

/** A file name the index may list: a name only, so an index cannot send the page to another folder or host. */
export function isPresetFileName(name: unknown): name is string {
  return typeof name === "string" && FILE_NAME.test(name) && name !== "index.json";
}

/** The `models` list of an index; throws when there is none. */
export function indexModels(json: unknown): unknown[] {
  const models = typeof json === "object" && json !== null ? (json as { models?: unknown }).models : undefined;
  if (!Array.isArray(models)) throw new Error("the preset index has no list of models");
  return models;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** An error's message, for a reader-facing reason. */
export function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A source reading through `read`; `folder` is relative to the page unless it is absolute. */
export function createPresetSource(read: FetchText = fetchText, folder = "models/"): PresetSource {
  let index: Promise<unknown> | undefined;
  return {
    index: () => (index ??= read(`${folder}index.json`).then((text) => JSON.parse(text) as unknown)),
    file: (name) => read(`${folder}${name}`),
  };
}

/** The page's source: one fetch of the index per page load. */
export const pagePresetSource = createPresetSource();
