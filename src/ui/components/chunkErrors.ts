// A part of the site whose code or stylesheet could not be fetched: the browsers' words for a failed
// dynamic import, and Vite's for a stylesheet it could not preload. Offline, that means the part was
// never saved for offline reading; online, most often that the site was updated since the page was
// loaded and the old file names are gone.

const CHUNK_ERROR = /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS|Loading (CSS )?chunk \S+ failed/iu;

export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === "ChunkLoadError" || CHUNK_ERROR.test(error.message);
}
