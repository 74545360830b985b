// A key–value store in IndexedDB: one database, one object store, values stored as structured
// clones. Every failure (no IndexedDB, a blocked upgrade, a full disk, a private window that refuses
// storage) rejects with an Error that says what happened; the caller decides what the reader sees.

import type { KeyValueStore } from "./cache.ts";

export const DB_NAME = "seq2seq-lab";
/** The object store's schema version: bumped only if the layout of the database itself changes. */
export const DB_VERSION = 1;
export const STORE_NAME = "trained-models";

function failure(error: DOMException | null | undefined, what: string): Error {
  return new Error(error ? `${what}: ${error.name}${error.message ? ` (${error.message})` : ""}` : what);
}

function requested<T>(request: IDBRequest<T>, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(failure(request.error, what));
  });
}

/** Resolves when the transaction has committed (a write is on disk only then), rejects on error or abort. */
function committed(tx: IDBTransaction, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(failure(tx.error, what));
    tx.onabort = () => reject(failure(tx.error, what));
  });
}

/** Opens (creating or upgrading) the database; rejects when the browser has no IndexedDB or refuses it. */
export function openIdbStore(factory: IDBFactory | undefined = globalThis.indexedDB, name = DB_NAME): Promise<KeyValueStore> {
  if (!factory) return Promise.reject(new Error("this browser offers no IndexedDB"));
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(name, DB_VERSION);
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
  request.onupgradeneeded = () => {
    const db = request.result;
    if (!db.objectStoreNames.contains(STORE_NAME)) db.createObjectStore(STORE_NAME);
  };
  const opened = new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(failure(request.error, "IndexedDB could not be opened"));
    request.onblocked = () => reject(new Error("IndexedDB is blocked by another tab of this site"));
  });
  return opened.then((db) => {
    // Another tab upgrading the database closes this connection rather than waiting for it.
    db.onversionchange = () => db.close();
    const read = <T>(op: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
      try {
        return requested(op(db.transaction(STORE_NAME, "readonly").objectStore(STORE_NAME)), "reading the cache failed");
      } catch (e) {
        return Promise.reject(failure(e as DOMException, "reading the cache failed"));
      }
    };
    // A value that cannot be cloned, or a closed connection, throws at once; a full disk aborts the transaction later.
    const write = async (op: (store: IDBObjectStore) => void, what: string): Promise<void> => {
      let t: IDBTransaction;
      try {
        t = db.transaction(STORE_NAME, "readwrite");
        op(t.objectStore(STORE_NAME));
      } catch (e) {
        throw failure(e as DOMException, what);
      }
      await committed(t, what);
    };
    return {
      get: (key) => read((s) => s.get(key)),
      put: (key, value) => write((s) => s.put(value, key), "saving in the cache failed"),
      delete: (key) => write((s) => s.delete(key), "deleting from the cache failed"),
      keys: async () => (await read((s) => s.getAllKeys())).map(String),
    };
  });
}
