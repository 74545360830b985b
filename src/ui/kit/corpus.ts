// The corpora of public/corpus/, fetched once per page for every reader of them (the training page,
// on-demand training). A failed fetch is not remembered, so the next caller tries again.

import type { Corpus } from "../../core/train/corpus.ts";
import type { LanguagePair } from "../../model/pairs.ts";

const corpora = new Map<LanguagePair, Promise<Corpus>>();

export function loadCorpus(name: LanguagePair): Promise<Corpus> {
  let loading = corpora.get(name);
  if (!loading) {
    loading = fetch(`${import.meta.env.BASE_URL}corpus/${name}.json`).then((r) => (r.ok ? (r.json() as Promise<Corpus>) : Promise.reject(new Error(`HTTP ${r.status}`))));
    loading.catch(() => corpora.delete(name));
    corpora.set(name, loading);
  }
  return loading;
}
