// Undo/redo of this window's own edits. Every UI edit runs in a transaction tagged LOCAL_ORIGIN; the undo
// manager tracks only that origin, so an edit that arrived from main, another window or a paired device is
// never undone here. Rich-text editors keep their own undo stack (y-prosemirror's), scoped to their text.
import * as Y from 'yjs';
import { COLLECTIONS, collection, settingsMap } from '@shared/schema';

export const LOCAL_ORIGIN = Symbol('rapport-local-edit');

const managers = new WeakMap<Y.Doc, Y.UndoManager>();

export function undoManagerFor(doc: Y.Doc): Y.UndoManager {
  let manager = managers.get(doc);
  if (!manager) {
    const scope = [...COLLECTIONS.map((name) => collection(doc, name)), settingsMap(doc)];
    // captureTimeout groups a burst (typing into a field that saves as you go) into one undo step.
    manager = new Y.UndoManager(scope, { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 600 });
    managers.set(doc, manager);
  }
  return manager;
}

/** Runs one user action as a single undoable step. */
export function editLocally<T>(doc: Y.Doc, action: () => T): T {
  undoManagerFor(doc);
  let result!: T;
  doc.transact(() => {
    result = action();
  }, LOCAL_ORIGIN);
  return result;
}

/** Ends the current capture group, so the next edit becomes its own undo step (call between distinct actions). */
export function separateUndoSteps(doc: Y.Doc): void {
  undoManagerFor(doc).stopCapturing();
}
