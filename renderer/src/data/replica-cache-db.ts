// The replica cache's IndexedDB database, opened by the window (replica-cache.ts) and by the compaction
// worker alike. Its layout is y-indexeddb's, which earlier versions used: a cache they wrote loads as it is.

export const UPDATES = 'updates';

export function openCacheDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(UPDATES, { autoIncrement: true });
      request.result.createObjectStore('custom');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
  });
}

export function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when the transaction has committed; rejects, saying `what` was lost, if it fails or is aborted. */
export function committed(transaction: IDBTransaction, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error(`${what} was not stored`));
    transaction.onabort = () => reject(transaction.error ?? new Error(`${what} was abandoned`));
  });
}
