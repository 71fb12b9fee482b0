// Keeps every window's replica in step with main's document: one sync endpoint per web contents,
// created on the window's first message and dropped when the window goes away.
import type { WebContents } from 'electron';
import type * as Y from 'yjs';
import { DocSyncEndpoint } from '@shared/sync/doc-sync';
import { EVENT_CHANNELS } from '@shared/ipc/contract';

export class WindowSyncHub {
  private readonly endpoints = new Map<number, DocSyncEndpoint>();

  constructor(private doc: Y.Doc) {}

  /** Applies a window's message to main's document and returns the reply for that window. */
  receive(sender: WebContents, message: Uint8Array): Uint8Array | null {
    return this.endpointFor(sender).receive(message);
  }

  private endpointFor(sender: WebContents): DocSyncEndpoint {
    const existing = this.endpoints.get(sender.id);
    if (existing) return existing;
    const endpoint = new DocSyncEndpoint(this.doc, (message) => {
      if (!sender.isDestroyed()) sender.send(EVENT_CHANNELS.docMessage, message);
    });
    this.endpoints.set(sender.id, endpoint);
    sender.once('destroyed', () => {
      endpoint.destroy();
      this.endpoints.delete(sender.id);
    });
    // Ask the window for anything main lacks (edits made while main was busy or the cache was ahead).
    endpoint.start();
    return endpoint;
  }

  /**
   * After a restore: every conversation with the old document ends. A window starts a new one only with
   * a message of the new epoch (checked by the docMessage handler), i.e. after it reopened.
   */
  replaceDoc(doc: Y.Doc): void {
    this.destroy();
    this.doc = doc;
  }

  destroy(): void {
    for (const endpoint of this.endpoints.values()) endpoint.destroy();
    this.endpoints.clear();
  }
}
