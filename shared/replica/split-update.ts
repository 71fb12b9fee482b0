// Splits one Yjs update into several smaller ones that, applied in order, give the same document (issue 10).
// A window's replica cache is kept in such pieces so that loading it can yield between them: one 37 MB
// update is one long task that freezes the window; forty pieces are forty short ones.
//
// Each piece holds a run of one client's structs (whole structs, in clock order; a struct longer than the
// budget is a piece of its own). The delete set goes into a last piece of its own. A piece whose structs
// refer to structs of a later piece is kept pending by Yjs until that piece arrives — the order changes
// only how much waits, never the result.
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';

type Struct = Y.Item | Y.GC | Y.Skip;

/**
 * About how many bytes each piece holds (the update's own encoding of its structs): at L a piece applies in
 * 15–40 ms on this machine, so whatever the page has to do waits at most that long.
 */
export const DEFAULT_PIECE_BYTES = 128 * 1024;

/** One piece: a run of one client's structs, from the first one's clock, and no deletions. */
function writePiece(client: number, firstClock: number, count: number, body: Uint8Array): Uint8Array {
  const head = new Y.UpdateEncoderV1();
  encoding.writeVarUint(head.restEncoder, 1); // one client
  encoding.writeVarUint(head.restEncoder, count);
  head.writeClient(client);
  encoding.writeVarUint(head.restEncoder, firstClock);
  encoding.writeUint8Array(head.restEncoder, body);
  encoding.writeVarUint(head.restEncoder, 0); // no deletions: they come last, in a piece of their own
  return head.toUint8Array();
}

/** Writes runs of structs as pieces of about `pieceBytes` each. */
class PieceWriter {
  readonly pieces: Uint8Array[] = [];
  private body = new Y.UpdateEncoderV1();
  private client = -1;
  private firstClock = 0;
  private count = 0;

  constructor(private readonly pieceBytes: number) {}

  add(struct: Struct): void {
    // A run is one client's contiguous structs; a Skip marks a gap, which a piece cannot hold.
    if (this.count > 0 && struct.id.client !== this.client) this.flush();
    if (struct instanceof Y.Skip) {
      this.flush();
      return;
    }
    if (this.count === 0) {
      this.client = struct.id.client;
      this.firstClock = struct.id.clock;
    }
    struct.write(this.body, 0);
    this.count += 1;
    if (encoding.length(this.body.restEncoder) >= this.pieceBytes) this.flush();
  }

  flush(): void {
    if (this.count > 0)
      this.pieces.push(writePiece(this.client, this.firstClock, this.count, this.body.toUint8Array()));
    this.body = new Y.UpdateEncoderV1();
    this.count = 0;
  }

  /** The pieces, the deletions last (an update without structs, or nothing if it deletes nothing). */
  finish(deletions: Uint8Array): Uint8Array[] {
    this.flush();
    if (hasDeletions(deletions)) this.pieces.push(deletions);
    return this.pieces;
  }
}

/**
 * The update as pieces of about `pieceBytes` each (v1 encoding). An update that already fits is returned
 * as it is. Throws what `Y.decodeUpdate` throws for bytes that are not an update.
 */
export function splitUpdate(update: Uint8Array, pieceBytes = DEFAULT_PIECE_BYTES): Uint8Array[] {
  if (update.length <= pieceBytes) return [update];
  const writer = new PieceWriter(pieceBytes);
  for (const struct of (Y.decodeUpdate(update) as { structs: Struct[] }).structs) writer.add(struct);
  // Everything's deletions, without any struct: diffing against the update's own state vector keeps
  // exactly the delete set.
  return writer.finish(Y.diffUpdate(update, Y.encodeStateVectorFromUpdate(update)));
}

/**
 * The document's whole state as pieces — what `splitUpdate(Y.encodeStateAsUpdate(doc))` gives, without
 * decoding anything: the document's own structs are written straight into pieces, as Yjs writes its
 * updates (clients with higher ids first).
 */
export function encodeStateAsPieces(doc: Y.Doc, pieceBytes = DEFAULT_PIECE_BYTES): Uint8Array[] {
  // Structs waiting for others (rare: a replica that was sent an edit out of order) are kept as Yjs keeps them.
  if (doc.store.pendingStructs || doc.store.pendingDs) return splitUpdate(Y.encodeStateAsUpdate(doc), pieceBytes);
  const writer = new PieceWriter(pieceBytes);
  const clients = [...doc.store.clients.entries()].sort((a, b) => b[0] - a[0]);
  for (const [, structs] of clients) for (const struct of structs) writer.add(struct);
  // Structs beyond the document's own state vector: none; what is left is the whole delete set.
  return writer.finish(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)));
}

function hasDeletions(update: Uint8Array): boolean {
  // An update with no structs and no deletions is two zero bytes.
  return !(update.length === 2 && update[0] === 0 && update[1] === 0);
}
