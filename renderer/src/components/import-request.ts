// Lets any screen (Today's first-steps guide) open the import file chooser that the top bar's ImportFlow
// owns, so there is one import flow with one preview, wherever it starts.
const listeners = new Set<() => void>();

export function requestImport(): void {
  listeners.forEach((listener) => listener());
}

/** ImportFlow listens while it is shown; returns the unsubscribe. */
export function onImportRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function canRequestImport(): boolean {
  return listeners.size > 0;
}
