// Keeps every window's replica in step with main's document: one sync endpoint per web contents, created
// on the window's first message and dropped when the window goes away. Every page load restarts the
// conversation: a window always opens with its sync step 1, and main answers it with its own step 1, so
// edits a reloaded page holds only in its IndexedDB cache reach main too.
import type { WebContents } from 'electron';
import type * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { messageYjsSyncStep1 } from 'y-protocols/sync';
import { DocSyncEndpoint } from '@shared/sync/doc-sync';
import { EVENT_CHANNELS } from '@shared/ipc/contract';

function isSyncStep1(message: Uint8Array): boolean {
  try {
    return decoding.readVarUint(decoding.createDecoder(message)) === messageYjsSyncStep1;
  } catch {
    return false; // the endpoint reports the malformed message
  }
}

export class WindowSyncHub {
  private readonly endpoints = new Map<number, DocSyncEndpoint>();
  /** Web contents whose 'destroyed' listener is in place: one each, however often the document is replaced. */
  private readonly watched = new Set<number>();

  constructor(private doc: Y.Doc) {}

  /** Applies a window's message to main's document and returns the reply for that window. */
  receive(sender: WebContents, message: Uint8Array): Uint8Array | null {
    const endpoint = this.endpointFor(sender);
    const reply = endpoint.receive(message);
    // A step 1 opens a conversation (a new page, or a reload): ask the window for anything main lacks.
    if (isSyncStep1(message)) endpoint.start();
    return reply;
  }

  private endpointFor(sender: WebContents): DocSyncEndpoint {
    const existing = this.endpoints.get(sender.id);
    if (existing) return existing;
    const endpoint = new DocSyncEndpoint(this.doc, (message) => {
      if (!sender.isDestroyed()) sender.send(EVENT_CHANNELS.docMessage, message);
    });
    this.endpoints.set(sender.id, endpoint);
    if (!this.watched.has(sender.id)) {
      this.watched.add(sender.id);
      sender.once('destroyed', () => {
        this.watched.delete(sender.id);
        this.endpoints.get(sender.id)?.destroy();
        this.endpoints.delete(sender.id);
      });
    }
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
