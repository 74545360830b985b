// Two-way sync between the address bar and the store. The URL wins on load and whenever the reader
// follows a link or goes Back; the store wins when a control changes a choice or the step. A new
// lesson pushes a history entry (so Back returns to the previous one); any other change replaces
// the current entry, so stepping through a picture does not fill the history.

import { GREEDY } from "../../core/decoding.ts";
import { DEFAULT_BEAM, sameBeam } from "../../model/beamChoice.ts";
import { loadMessages, messagesReady } from "../i18n/messages.ts";
import type { AppState, AppStore } from "../store.ts";
import { DEFAULT_VIEW, decodeView, defaultPair, encodeView, type UrlView } from "../urlState.ts";

export function viewOf(state: AppState): UrlView {
  return {
    lesson: state.lesson,
    choice: state.choice,
    sentence: state.sentence,
    step: state.stepId ?? state.step,
    ...(state.decoding.kind !== "greedy" ? { decoding: state.decoding } : {}),
    ...(!sameBeam(state.beam, DEFAULT_BEAM) ? { beam: state.beam } : {}),
    ...(state.linkWeights ? { weights: state.linkWeights } : {}),
    ...(state.lang !== "en" ? { lang: state.lang } : {}),
    ...(state.pair !== defaultPair(state.lang) ? { pair: state.pair } : {}),
    ...(state.present > 0 ? { present: state.present } : {}),
    ...(state.exerciseSeed !== null ? { exerciseSeed: state.exerciseSeed } : {}),
    ...(state.sheetLessons ? { sheetLessons: state.sheetLessons } : {}),
    ...(state.tstep ? { tstep: state.tstep } : {}),
  };
}

/**
 * The store fields a view sets. A step named by its id (`step=dec.2`) leaves the cursor where it is
 * for the player to place (it knows the trace); an index (an older link, a beam player's step) sets it.
 */
export function stateOfView(view: UrlView): Pick<AppState, "lesson" | "choice" | "sentence" | "decoding" | "beam" | "stepId" | "linkWeights" | "lang" | "pair" | "present" | "exerciseSeed" | "sheetLessons" | "tstep"> & Partial<Pick<AppState, "step">> {
  const lang = view.lang ?? "en";
  return {
    lesson: view.lesson,
    choice: view.choice,
    sentence: view.sentence,
    decoding: view.decoding ?? GREEDY,
    beam: view.beam ?? DEFAULT_BEAM,
    ...(typeof view.step === "string" ? { stepId: view.step } : { step: view.step, stepId: null }),
    linkWeights: view.weights ?? null,
    lang,
    pair: view.pair ?? defaultPair(lang),
    present: view.present ?? 0,
    exerciseSeed: view.exerciseSeed ?? null,
    sheetLessons: view.sheetLessons ?? null,
    tstep: view.tstep ?? null,
  };
}

/** The defaults a view is compared with: the first lesson stands in for a missing one. */
export function defaultsFor(lessons: readonly string[]): UrlView {
  const first = lessons[0];
  return first === undefined || lessons.includes(DEFAULT_VIEW.lesson) ? DEFAULT_VIEW : { ...DEFAULT_VIEW, lesson: first };
}

/** Starts the sync and returns the function that stops it. */
export function startUrlSync(store: AppStore, lessons: readonly string[], win: Window = window): () => void {
  const defaults = defaultsFor(lessons);
  let applying = false;

  const apply = (): void => {
    // A hash that names no page keeps the language the page is in (at start: the remembered one).
    const view = decodeView(win.location.hash, { lessons, defaults, lang: store.getState().lang });
    // A page in a language whose words are not loaded yet waits for them (src/ui/i18n/messages.ts),
    // then reads the address again; should they fail to arrive, it opens with English labels.
    const lang = view.lang ?? "en";
    if (!messagesReady(lang)) {
      loadMessages(lang).then(apply, apply);
      return;
    }
    applying = true;
    try {
      // Shared weights wait in the store until a player applies them; the address keeps them till then.
      store.setState(stateOfView(view));
    } finally {
      applying = false;
    }
    // Rewrite the address in its canonical form, without a new history entry.
    const canonical = encodeView(view, defaults);
    if (canonical !== win.location.hash) win.history.replaceState(win.history.state, "", canonical);
  };

  const onHashChange = () => {
    const hash = win.location.hash;
    // A link to an element on the page (`#some-id`) is not a route: scroll to it, keep the route.
    if (hash.length > 1 && !hash.startsWith("#/")) {
      const target = win.document.getElementById(safeDecode(hash.slice(1)));
      win.history.replaceState(win.history.state, "", encodeView(viewOf(store.getState()), defaults));
      target?.scrollIntoView();
      return;
    }
    apply();
  };

  const unsubscribe = store.subscribe((state, previous) => {
    // While the player plays, the address is written once it stops, not at every frame.
    if (applying || state.playing) return;
    const hash = encodeView(viewOf(state), defaults);
    if (hash === win.location.hash) return;
    if (state.lesson !== previous.lesson) win.history.pushState(null, "", hash);
    else win.history.replaceState(win.history.state, "", hash);
  });

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
