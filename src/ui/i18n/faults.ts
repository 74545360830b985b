// What the page says when something went wrong or was refused: saved data that could not be
// restored, Undo, a share link that replaced the reader's work, numbers that overflowed, a part of
// the site that could not load, a lesson that does not exist, input over a stated cap. In English
// here and in Chinese in faultsZh.ts; en.ts and zh.ts take them as their `faults` section (so the
// dictionary tests cover them).

import type { StoredProblem, UndoAction } from "./faultKinds.ts";

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const faultsEn = {
  stored: {
    problem: (p: StoredProblem) =>
      p.kind === "syntax"
        ? "the text is not valid JSON"
        : p.kind === "tooDeep"
          ? "the text is nested too deeply"
          : p.kind === "notObject"
            ? "the text is not a record of this site"
            : p.kind === "newer"
              ? `it was written by a newer version of this site (format ${p.version})`
              : `its format (${p.version}) is unknown`,
    unreadable: (why: string) => `Your saved edits could not be restored: ${why}.`,
    partly: (n: number) => `${n} saved ${s(n, "value", "values")} did not fit any model (an unknown parameter, an impossible index or value, or a forbidden key) and ${s(n, "was", "were")} left out; the rest came back.`,
    importedUnreadable: (name: string, why: string) => `Your imported model${name ? ` “${name}”` : ""} could not be restored (${why}).`,
    importedTooLarge: (name: string, max: number) => `Your imported model${name ? ` “${name}”` : ""} has more than ${max.toLocaleString("en")} numbers, more than this browser keeps for the site: import it again to see it.`,
    setAside: "What was stored is set aside in this browser: download it to keep it, or delete it.",
    notSetAside: "This browser's storage could not keep a copy aside.",
    download: "Download the set-aside copy",
    delete: "Delete it",
    discardedEdits: (n: number) => `${n} saved ${s(n, "edit", "edits")} of this model named a parameter or a position it does not have, and ${s(n, "was", "were")} discarded.`,
  },
  undo: {
    button: "Undo",
    label: (what: string) => `Undo: ${what}`,
    actions: {
      resetWeight: "reset the weight",
      resetParam: "reset the parameter",
      resetModel: "reset all weights",
      changeParam: "change all of a parameter",
      randomiseModel: "randomise all",
      link: "the share link's weights",
      import: "the import",
      forget: "forget the imported model",
    } satisfies Record<UndoAction, string>,
    undone: "Undone: the numbers are back as they were.",
  },
  link: {
    preset: (n: number) => `Showing the trained preset with the link's ${n} edited ${s(n, "number", "numbers")}.`,
    demo: (n: number) => `Showing the untrained model with the link's ${n} edited ${s(n, "number", "numbers")}.`,
    model: (name: string) => `Showing the model from the link (${name}).`,
    replacedEdits: (n: number) => `It replaced your own ${n} ${s(n, "edit", "edits")} of this model: Undo brings ${s(n, "it", "them")} back.`,
    replacedModel: (name: string) => `It replaced your imported model “${name}”: Undo brings it back.`,
  },
  overflow: {
    note: (where: string, quantity: string, value: string) =>
      `The numbers leave the finite range at ${where}: ${quantity} is ${value}. Everything computed from it is meaningless (float64 stops near 1.8e308); make the weights smaller.`,
    exports: "Trace exports write these numbers as the text NaN, Infinity and -Infinity (in JSON as strings).",
    trainedNotFinite: "The trained weights are no longer finite numbers (the learning rate was too large for them), so there is nothing to send or export. Reset and train with a smaller learning rate.",
  },
  boundary: {
    offline: "This part of the site is not saved for offline reading yet: connect to the internet once, and it will open offline afterwards.",
    updated: "This part of the site could not be loaded: the site may have been updated since this page was opened. Reload the page to get the current version.",
    reload: "Reload the page",
    reset: (what: string) => `Reset ${what}`,
    savedEdits: "your saved edits (a copy is set aside)",
    savedRun: "the saved training run (a copy is set aside)",
    thisPage: "this page",
  },
  output: {
    others: (n: number) => `${n.toLocaleString("en")} other ${s(n, "token", "tokens")}`,
  },
  grid: {
    pages: "Pages of rows",
    rows: (from: number, to: number, total: number) => `Rows ${from.toLocaleString("en")}–${to.toLocaleString("en")} of ${total.toLocaleString("en")}`,
    earlier: "Earlier rows",
    later: "Later rows",
  },
  notFound: {
    title: "No such lesson",
    text: (slug: string) => `There is no lesson “${slug}” in this edition. Choose one from the contents, or go to:`,
    first: (title: string) => `the first lesson, ${title}`,
    playground: "the playground",
  },
  sentence: {
    tooLong: (n: number, max: number) => `That is ${n} characters; a sentence may have at most ${max}. Shorten it.`,
    wordTooLong: (n: number, max: number) => `One word has ${n} characters; a word may have at most ${max}.`,
  },
  training: {
    settingsRefused: (fields: string) => `Some saved settings could not be used (${fields}); the defaults are used instead.`,
    historyDropped: (n: number) => `${n} ${s(n, "point", "points")} of the saved chart could not be read and ${s(n, "was", "were")} left out.`,
    previewEmpty: "Type a sentence with at least one word to see its translation.",
    previewTooLong: (n: number, max: number) => `That is ${n} words; the preview translates at most ${max}. Shorten the sentence.`,
    batchSize: "batch size",
    seed: "seed",
  },
};

export type FaultMessages = typeof faultsEn;
