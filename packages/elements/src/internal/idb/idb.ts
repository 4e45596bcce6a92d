/**
 * A very small promise wrapper over IndexedDB (no dependency): one database
 * `dvc-kit` with the object stores the widgets need. Used for dossier drafts and
 * the offline submission outbox.
 */

/** Object stores of the `dvc-kit` database. */
export type StoreName = 'drafts' | 'outbox';

const DB_NAME = 'dvc-kit';
let opening: Promise<IDBDatabase> | undefined;

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      for (const name of ['drafts', 'outbox']) request.result.createObjectStore(name);
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        db.close();
        opening = undefined;
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = undefined;
      reject(request.error);
    };
  });
  return opening;
}

/**
 * Runs `fn` in a transaction on one store and resolves with its request's result
 * once the transaction has committed (so a resolved write is durable).
 */
export async function idb<T>(
  store: StoreName,
  mode: IDBTransactionMode,
  fn: (s: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const tx = (await open()).transaction(store, mode);
  const result = done(fn(tx.objectStore(store)));
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
  return result;
}

/** The value under `key`, or `undefined`. */
export const idbGet = <T>(store: StoreName, key: string) => idb<T | undefined>(store, 'readonly', (s) => s.get(key));
/** Stores `value` under `key`. */
export const idbPut = (store: StoreName, key: string, value: unknown) =>
  idb(store, 'readwrite', (s) => s.put(value, key));
/** Deletes `key`. */
export const idbDelete = (store: StoreName, key: string) => idb(store, 'readwrite', (s) => s.delete(key));
/** Every value of a store, in key order. */
export const idbAll = <T>(store: StoreName) => idb<T[]>(store, 'readonly', (s) => s.getAll());
