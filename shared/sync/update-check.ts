// Yjs trusts the updates it applies: an update that decodes cleanly can still break the document part-way
// through `applyUpdate` (a struct of length 0 leaves the struct store unreadable, so the journal could no
// longer be encoded or saved). Every update from outside — a window, a device — passes this check first.
import * as Y from 'yjs';

/** Throws an Error naming the problem when `update` (Yjs v1 encoding) is not one Yjs can apply safely. */
export function checkUpdate(update: Uint8Array): void {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    const { client, clock } = struct.id;
    if (!Number.isSafeInteger(struct.length) || struct.length < 1) {
      throw new Error(`a struct of length ${struct.length} at ${client}:${clock}`);
    }
    if (!Number.isSafeInteger(clock + struct.length)) throw new Error(`a clock out of range at ${client}:${clock}`);
    if (struct instanceof Y.Item) {
      // What an item points at existed before it: an earlier clock of its own client, never itself or later.
      const parent = struct.parent instanceof Y.ID ? struct.parent : null;
      for (const ref of [struct.origin, struct.rightOrigin, parent]) {
        if (ref && ref.client === client && ref.clock >= clock) {
          throw new Error(`an item at ${client}:${clock} that points at itself or a later one`);
        }
      }
    }
  }
  for (const [client, deletes] of ds.clients) {
    for (const { clock, len } of deletes) {
      if (!Number.isSafeInteger(len) || len < 1 || !Number.isSafeInteger(clock + len)) {
        throw new Error(`a deletion of length ${len} at ${client}:${clock}`);
      }
    }
  }
}
