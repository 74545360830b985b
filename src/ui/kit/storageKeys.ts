// The localStorage keys of the site's stored items that a broken part may read, in one small module
// the app shell can import without the code that reads them (persist.ts, training/storage.ts).

/** The reader's edits and imported model (src/ui/model/persist.ts). */
export const WEIGHTS_KEY = "seq2seq-lab:weights";
/** The training run saved after each epoch (src/ui/training/storage.ts). */
export const TRAINING_KEY = "seq2seq-lab:training";
