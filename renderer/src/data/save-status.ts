// A tiny observable for "is everything I typed on disk?", read by React through useSyncExternalStore.
/** 'opening': the first paint is shown while the journal opens (nothing can be edited yet). */
export type SaveState = 'saved' | 'saving' | 'error' | 'browser' | 'opening';

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
