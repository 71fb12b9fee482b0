// A tiny observable for "is everything I typed on disk?", read by React through useSyncExternalStore.
export type SaveState = 'saved' | 'saving' | 'error' | 'browser';

export class SaveStatus {
  private state: SaveState;
  private error: string | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(initial: SaveState) {
    this.state = initial;
  }

  get = (): SaveState => this.state;
  lastError = (): string | undefined => this.error;

  set(state: SaveState, error?: string): void {
    if (state === this.state && error === this.error) return;
    this.state = state;
    this.error = error;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
