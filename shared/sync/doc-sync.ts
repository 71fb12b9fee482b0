// One end of a y-protocols sync conversation (state vector → missing updates, then incremental updates).
// Used by main for each window and by each window towards main; the transport is the caller's.
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { checkUpdate } from './update-check';

export class SyncMessageError extends Error {}

/**
 * True when receiving `message` would change `doc`: a step 1 never does; a step 2 or an update does when it
 * holds anything `doc` lacks. Tried on a copy, so it costs a copy of the journal: for read-only journals only.
 * A message that cannot be read counts as a change (it is refused either way).
 */
export function wouldChange(doc: Y.Doc, message: Uint8Array): boolean {
  if (message[0] === syncProtocol.messageYjsSyncStep1) return false;
  const scratch = new Y.Doc();
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarUint(decoder);
    const update = decoding.readVarUint8Array(decoder);
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    let changed = false;
    scratch.on('update', () => (changed = true));
    Y.applyUpdate(scratch, update);
    return changed;
  } catch {
    return true;
  } finally {
    scratch.destroy();
  }
}

export class DocSyncEndpoint {
  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return; // never echo an update back to where it came from
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, update);
    this.send(encoding.toUint8Array(encoder));
  };
  private destroyed = false;

  constructor(
    readonly doc: Y.Doc,
    private readonly send: (message: Uint8Array) => void,
    /**
     * Updates are checked (`checkUpdate`, a full decode) before they are applied — unless the other side is
     * the authority that checked everything it holds: a window's replica talking to main.
     */
    private readonly options: { trustedPeer?: boolean } = {},
  ) {
    doc.on('update', this.onUpdate);
  }

  /** Opens the conversation: tells the other side what this replica already has. */
  start(): void {
    const encoder = encoding.createEncoder();
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.send(encoding.toUint8Array(encoder));
  }

  /**
   * Applies a message from the other side; returns the reply to send back, if any. A malformed message
   * throws SyncMessageError and changes nothing (y-protocols would log and drop a bad update silently).
   */
  receive(message: Uint8Array): Uint8Array | null {
    if (this.destroyed) return null;
    const decoder = decoding.createDecoder(message);
    const encoder = encoding.createEncoder();
    try {
      const type = decoding.readVarUint(decoder);
      const known: number[] = [
        syncProtocol.messageYjsSyncStep1,
        syncProtocol.messageYjsSyncStep2,
        syncProtocol.messageYjsUpdate,
      ];
      if (!known.includes(type)) throw new Error(`unknown message type ${type}`);
      const payload = decoding.readVarUint8Array(decoder);
      // The whole message is checked before anything is applied: a refused message changes nothing.
      if (decoding.hasContent(decoder)) throw new Error('unexpected bytes after the message');
      if (type === syncProtocol.messageYjsSyncStep1) {
        Y.decodeStateVector(payload);
        syncProtocol.writeSyncStep2(encoder, this.doc, payload);
      } else {
        if (!this.options.trustedPeer) checkUpdate(payload); // throws on a malformed update before anything is applied
        Y.applyUpdate(this.doc, payload, this);
      }
    } catch (error) {
      throw new SyncMessageError(`Malformed sync message: ${error instanceof Error ? error.message : String(error)}`);
    }
    return encoding.length(encoder) > 0 ? encoding.toUint8Array(encoder) : null;
  }

  destroy(): void {
    this.destroyed = true;
    this.doc.off('update', this.onUpdate);
  }
}
