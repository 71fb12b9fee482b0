// Window-wide keys: undo/redo of the user's own journal edits (outside text fields, which keep their own
// undo), Alt+Left/Right through history, Ctrl/Cmd+Shift+L to log an interaction from anywhere, and "?" for
// the list of keys; Ctrl/Cmd+K opens search from anywhere, text fields included.
import { useEffect } from 'react';
import type * as Y from 'yjs';
import { installHistoryKeys } from '../nav/use-route';
import { undoManagerFor } from '../data/undo';

export const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

export function isTextEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'range', 'color'].includes(target.type);
  return false;
}

export interface GlobalKeyActions {
  onLogInteraction: () => void;
  /** "?" outside a text field: the list of keys. */
  onShowKeys: () => void;
  onUndoRedo: (what: 'undone' | 'redone' | 'nothingToUndo') => void;
  /** Ctrl/Cmd+K: the search and command palette. */
  onSearch?: () => void;
}

export function useGlobalKeys(doc: Y.Doc, actions: GlobalKeyActions): void {
  const { onLogInteraction, onShowKeys, onUndoRedo, onSearch } = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const mod = isMac ? event.metaKey : event.ctrlKey;
      if (event.key === '?' && !mod && !event.altKey && !event.defaultPrevented && !isTextEditing(event.target)) {
        event.preventDefault();
        onShowKeys();
        return;
      }
      if (!mod || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'l' && event.shiftKey) {
        event.preventDefault();
        onLogInteraction();
        return;
      }
      if (key === 'k' && !event.shiftKey && onSearch) {
        event.preventDefault();
        onSearch();
        return;
      }
      if (isTextEditing(event.target)) return;
      const undo = undoManagerFor(doc);
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        onUndoRedo(undo.undo() ? 'undone' : 'nothingToUndo');
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !isMac)) {
        event.preventDefault();
        if (undo.redo()) onUndoRedo('redone');
      }
    };
    window.addEventListener('keydown', onKey);
    const removeHistory = installHistoryKeys();
    return () => {
      window.removeEventListener('keydown', onKey);
      removeHistory();
    };
  }, [doc, onLogInteraction, onShowKeys, onUndoRedo, onSearch]);
}
