// The quick note's global shortcut: registered from this computer's setting, re-registered when Settings
// changes it, and honest about refusals (another app may hold a combination; the OS then says no).
import { globalShortcut } from 'electron';
import { QUICK_NOTE_SHORTCUT_CHOICES } from '@shared/shortcuts/accelerator';

export interface ShortcutStatus {
  /** Registered now, or null when the system refused every attempt so far. */
  registered: string | null;
  /** The latest accelerator the system refused; cleared by the next success. */
  refused?: string;
}

const MAX_SUGGESTIONS = 3;

export class QuickNoteShortcut {
  private registered: string | null = null;
  private refused: string | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly press: () => void) {}

  /**
   * Registers `accelerator` in place of the current one. False when the system refuses it: the current one
   * is registered again, so the quick note keeps a way in.
   */
  use(accelerator: string): boolean {
    const previous = this.registered;
    if (previous) globalShortcut.unregister(previous);
    const ok = globalShortcut.register(accelerator, this.press);
    if (ok) {
      this.registered = accelerator;
      this.refused = undefined;
    } else {
      this.refused = accelerator;
      this.registered = previous && globalShortcut.register(previous, this.press) ? previous : null;
      console.warn(`Rapport: the system refused the shortcut ${accelerator} (another app may use it).`);
    }
    for (const listener of this.listeners) listener();
    return ok;
  }

  status(): ShortcutStatus {
    return { registered: this.registered, ...(this.refused ? { refused: this.refused } : {}) };
  }

  /** The accelerator menus and the tray show: the registered one, or none. */
  current(): string | undefined {
    return this.registered ?? undefined;
  }

  /** Free combinations to offer: each is tried with the system and let go again at once. */
  suggestions(): string[] {
    const free: string[] = [];
    for (const candidate of QUICK_NOTE_SHORTCUT_CHOICES) {
      if (free.length === MAX_SUGGESTIONS) break;
      if (candidate === this.registered || candidate === this.refused) continue;
      if (!globalShortcut.register(candidate, () => undefined)) continue;
      globalShortcut.unregister(candidate);
      free.push(candidate);
    }
    return free;
  }

  /** Called after every attempt (menus and the tray show the registered accelerator). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    if (this.registered) globalShortcut.unregister(this.registered);
    this.registered = null;
    this.listeners.clear();
  }
}
