// Two-way sync between the address bar and the page's store (with its playground player). The URL
// wins on load and whenever the reader follows a link or goes Back; the stores win when a control
// changes a choice or the step. A new lesson pushes a history entry (so Back returns to the previous
// one); any other change replaces the current entry, so stepping through a picture does not fill the
// history. A share link's weights (`w=`) are not state: the sync hands them to `onWeights` once and
// drops them from the address.

import { GREEDY } from "../../core/decoding.ts";
import { DEFAULT_BEAM, sameBeam } from "../../model/beamChoice.ts";
import { loadMessages, messagesReady } from "../i18n/messages.ts";
import type { PlayerState } from "../playerStore.ts";
import type { PageFields, PageStore } from "../store.ts";
import { DEFAULT_VIEW, decodeView, defaultPair, encodeView, type UrlView } from "../urlState.ts";

/** The view of a page and its playground player. */
export function viewOf(page: PageFields, player: PlayerState): UrlView {
  return {
    lesson: page.lesson,
    choice: player.choice,
    sentence: player.sentence,
    step: player.stepId ?? player.step,
    ...(player.decoding.kind !== "greedy" ? { decoding: player.decoding } : {}),
    ...(!sameBeam(player.beam, DEFAULT_BEAM) ? { beam: player.beam } : {}),
    ...(page.lang !== "en" ? { lang: page.lang } : {}),
    ...(player.pair !== defaultPair(page.lang) ? { pair: player.pair } : {}),
    ...(page.present > 0 ? { present: page.present } : {}),
    ...(page.exerciseSeed !== null ? { exerciseSeed: page.exerciseSeed } : {}),
    ...(page.sheetLessons ? { sheetLessons: page.sheetLessons } : {}),
    ...(page.tstep ? { tstep: page.tstep } : {}),
  };
}

/** What a view sets: the page's fields, and its playground player's. */
export interface ViewState {
  readonly page: Pick<PageFields, "lesson" | "lang" | "present" | "exerciseSeed" | "sheetLessons" | "tstep">;
  readonly player: Pick<PlayerState, "choice" | "sentence" | "decoding" | "beam" | "stepId" | "pair"> & Partial<Pick<PlayerState, "step">>;
}

/**
 * The store fields a view sets. A step named by its id (`step=dec.2`) leaves the cursor where it is
 * for the player to place (it knows the trace); an index (an older link, a beam player's step) sets it.
 */
export function stateOfView(view: UrlView): ViewState {
  const lang = view.lang ?? "en";
  return {
    page: {
      lesson: view.lesson,
      lang,
      present: view.present ?? 0,
      exerciseSeed: view.exerciseSeed ?? null,
      sheetLessons: view.sheetLessons ?? null,
      tstep: view.tstep ?? null,
    },
    player: {
      choice: view.choice,
      sentence: view.sentence,
      decoding: view.decoding ?? GREEDY,
      beam: view.beam ?? DEFAULT_BEAM,
      ...(typeof view.step === "string" ? { stepId: view.step } : { step: view.step, stepId: null }),
      pair: view.pair ?? defaultPair(lang),
    },
  };
}

/** Sets what a view names on a page store and its playground player. */
export function applyView(store: PageStore, view: UrlView): void {
  const { page, player } = stateOfView(view);
  store.getState().player.setState(player);
  store.setState(page);
}

/** The defaults a view is compared with: the first lesson stands in for a missing one. */
export function defaultsFor(lessons: readonly string[]): UrlView {
  const first = lessons[0];
  return first === undefined || lessons.includes(DEFAULT_VIEW.lesson) ? DEFAULT_VIEW : { ...DEFAULT_VIEW, lesson: first };
}

export interface SyncOptions {
  readonly win?: Window;
  /** Takes a share link's weights (the `w=` text) each time an address brings some. */
  readonly onWeights?: (text: string) => void;
}

/** Starts the sync and returns the function that stops it. */
export function startUrlSync(store: PageStore, lessons: readonly string[], { win = window, onWeights }: SyncOptions = {}): () => void {
  const defaults = defaultsFor(lessons);
  let applying = false;

  const apply = (): void => {
    // A hash that names no page keeps the language the page is in (at start: the remembered one).
    const { weights, ...view } = decodeView(win.location.hash, { lessons, defaults, lang: store.getState().lang });
    // A page in a language whose words are not loaded yet waits for them (src/ui/i18n/messages.ts),
    // then reads the address again; should they fail to arrive, it opens with English labels.
    const lang = view.lang ?? "en";
    if (!messagesReady(lang)) {
      loadMessages(lang).then(apply, apply);
      return;
    }
    applying = true;
    try {
      applyView(store, view);
    } finally {
      applying = false;
    }
    // Rewrite the address in its canonical form, without a new history entry.
    const canonical = encodeView(view, defaults);
    if (canonical !== win.location.hash) win.history.replaceState(win.history.state, "", canonical);
    // After the view's choices, so that the weights' own architecture wins (src/ui/share/incomingLink.ts).
    if (weights !== undefined) onWeights?.(weights);
  };

  const onHashChange = () => {
    const hash = win.location.hash;
    // A link to an element on the page (`#some-id`) is not a route: scroll to it, keep the route.
    if (hash.length > 1 && !hash.startsWith("#/")) {
      const target = win.document.getElementById(safeDecode(hash.slice(1)));
      win.history.replaceState(win.history.state, "", encodeView(currentView(), defaults));
      target?.scrollIntoView();
      return;
    }
    apply();
  };

  const player = store.getState().player;
  const currentView = () => viewOf(store.getState(), player.getState());
  const write = (newPage: boolean) => {
    // While the player plays, the address is written once it stops, not at every frame.
    if (applying || player.getState().playing) return;
    const hash = encodeView(currentView(), defaults);
    if (hash === win.location.hash) return;
    if (newPage) win.history.pushState(null, "", hash);
    else win.history.replaceState(win.history.state, "", hash);
  };
  const stopPage = store.subscribe((state, previous) => write(state.lesson !== previous.lesson));
  const stopPlayer = player.subscribe(() => write(false));
  const unsubscribe = () => {
    stopPage();
    stopPlayer();
  };

  apply();
  win.addEventListener("hashchange", onHashChange);
  win.addEventListener("popstate", onHashChange);
  return () => {
    unsubscribe();
    win.removeEventListener("hashchange", onHashChange);
    win.removeEventListener("popstate", onHashChange);
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
