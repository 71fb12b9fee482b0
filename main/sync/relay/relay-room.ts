// The journal's side of a relay room, whatever carries the room: the room's Y.Doc holds one Y.Array of sealed
// blobs (./relay-blob). Blobs are opened, checked and applied to the journal; the journal's own edits are sealed
// and appended; a sealed snapshot replaces the blobs it covers. Nothing that fails to open, names another
// journal or epoch, or fails `checkUpdate` is ever applied. Why dropping blobs is safe: docs/ARCHITECTURE.md.
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import type { SyncJournal } from '../peer-session';
import type { SyncLog } from '../sync-log';
import { blobId, devicePseudonym, sealBlob, type BlobKind, type RelayKeys } from './relay-blob';
import { judgeBlob, type RelayRefusal } from './relay-judge';

export type { RelayRefusal } from './relay-judge';

export const ROOM_ARRAY = 'rapport-blobs';

/** The origin of updates this room applies to the journal: they are not sealed and sent back. */
export const RELAY_ORIGIN = Symbol('rapport relay');

export interface RelayRoomEvents {
  /** Everything accepted from the room so far is in the journal and on disk. */
  synced(at: Date): void;
  /** Blobs of another journal, or of a newer epoch, were refused; said once per kind. */
  refused(reason: RelayRefusal): void;
}

export interface RelayRoomOptions {
  deviceId: string;
  log: SyncLog;
  now?: () => Date;
  /** Live blobs this device applied before it seals a snapshot in their place. */
  snapshotAfter?: number;
  /** Local edits are gathered this long into one blob. */
  batchMs?: number;
  /**
   * After the relay's first sync, how long the room must stay quiet (no blob arriving) before this device
   * appends what the room lacks. The standard relay answers a new connection before it has loaded a saved
   * room and sends the saved blobs a moment later: appending at once would re-send the whole journal.
   */
  settleMs?: number;
  /**
   * A promise while a restore replaces the journal: blobs that arrive meanwhile wait and are taken in order
   * afterwards, unless this room was destroyed by then (the relay then starts again on the new journal).
   */
  hold?: () => Promise<void> | undefined;
}

export class RelayRoom {
  readonly blobs: Y.Array<unknown>;
  /** The journal as the room's accepted blobs make it: what the room already holds, decrypted here only. */
  private readonly mirror = new Y.Doc();
  /** `stale`: of an older epoch, which no device of this epoch will ever apply (a snapshot may drop it). */
  private readonly outcome = new Map<string, 'applied' | 'refused' | 'stale'>();
  /** The id of each blob object seen in the room, so a snapshot need not open them again. */
  private readonly ids = new WeakMap<Uint8Array, string>();
  private readonly refusedOnce = new Set<RelayRefusal>();
  private readonly device: string;
  private readonly session = randomBytes(6).toString('hex');
  private counter = 0;
  private roomSynced = false;
  private pending: Uint8Array[] = [];
  private timer: NodeJS.Timeout | undefined;
  private settling: NodeJS.Timeout | undefined;
  private destroyed = false;
  private readonly onJournal = (update: Uint8Array, origin: unknown): void => {
    if (origin === RELAY_ORIGIN || !this.roomSynced) return; // before the first sync, catchUp sends what is missing
    this.pending.push(update);
    this.timer ??= setTimeout(() => this.flushLocal(), this.options.batchMs ?? 50);
  };
  /** Blobs held while a restore runs (see RelayRoomOptions.hold). */
  private held: unknown[] | undefined;
  private readonly onBlobs = (event: Y.YArrayEvent<unknown>): void => {
    const arrived: unknown[] = [];
    for (const item of event.changes.added) if (!item.deleted) arrived.push(...item.content.getContent());
    if (this.settling) this.settle(); // the room is still arriving: wait for it to be quiet again
    if (this.held) {
      this.held.push(...arrived);
      return;
    }
    const hold = this.options.hold?.();
    if (hold) {
      this.held = arrived;
      void hold.then(
        () => this.release(),
        () => this.release(),
      );
      return;
    }
    this.take(arrived);
  };

  constructor(
    readonly room: Y.Doc,
    private readonly journal: SyncJournal,
    private readonly keys: RelayKeys,
    private readonly events: RelayRoomEvents,
    private readonly options: RelayRoomOptions,
  ) {
    this.device = devicePseudonym(keys, options.deviceId);
    this.blobs = room.getArray(ROOM_ARRAY);
    for (const blob of this.blobs.toArray()) this.receive(blob);
    this.blobs.observe(this.onBlobs);
    journal.doc.on('update', this.onJournal);
  }

  /** The room is in step with the relay: send what the room lacks of this journal (edits made while away). */
  catchUp(): void {
    if (this.destroyed) return;
    if (this.options.settleMs) this.settle();
    else this.appendMissing();
  }

  private settle(): void {
    clearTimeout(this.settling);
    this.settling = setTimeout(() => {
      this.settling = undefined;
      this.appendMissing();
    }, this.options.settleMs);
  }

  private appendMissing(): void {
    if (this.destroyed) return;
    this.roomSynced = true;
    const missing = Y.encodeStateAsUpdate(this.journal.doc, Y.encodeStateVector(this.mirror));
    if (changes(this.mirror, missing)) this.append('update', missing);
    this.settled();
  }

  private take(blobs: unknown[]): void {
    let received = false;
    for (const blob of blobs) received = this.receive(blob) || received;
    if (received) this.settled();
  }

  private release(): void {
    const waiting = this.held ?? [];
    this.held = undefined;
    if (this.destroyed) return;
    const hold = this.options.hold?.();
    if (hold) {
      this.held = waiting;
      void hold.then(
        () => this.release(),
        () => this.release(),
      );
      return;
    }
    this.take(waiting);
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
    clearTimeout(this.settling);
    this.blobs.unobserve(this.onBlobs);
    this.journal.doc.off('update', this.onJournal);
    this.mirror.destroy();
  }

  /** Applies one blob if `judgeBlob` says so; true when it changed what this device holds. */
  private receive(blob: unknown): boolean {
    if (blob instanceof Uint8Array && this.ids.has(blob)) return false;
    const verdict = judgeBlob(this.keys, blob, this.journal.identity);
    if (verdict.id !== undefined) {
      if (blob instanceof Uint8Array) this.ids.set(blob, verdict.id);
      if (this.outcome.has(verdict.id)) return false; // a copy of one already seen: Yjs updates apply once anyway
    }
    switch (verdict.kind) {
      case 'skip':
        if (verdict.id !== undefined) this.outcome.set(verdict.id, 'refused');
        return this.skip(verdict.why);
      case 'refuse':
        return this.refuse(verdict.id, verdict.reason);
      case 'stale':
        this.outcome.set(verdict.id, 'stale');
        this.options.log({ level: 'info', event: 'relay-blob-older-epoch', detail: `epoch ${verdict.epoch} skipped` });
        return false;
      case 'apply':
        try {
          Y.applyUpdate(this.journal.doc, verdict.update, RELAY_ORIGIN);
          Y.applyUpdate(this.mirror, verdict.update);
        } catch (error) {
          this.outcome.set(verdict.id, 'refused');
          return this.skip(`an update Yjs could not apply: ${error instanceof Error ? error.message : String(error)}`);
        }
        this.outcome.set(verdict.id, 'applied');
        return true;
    }
  }

  private skip(detail: string): false {
    this.options.log({ level: 'warn', event: 'relay-blob-skipped', detail });
    return false;
  }

  private refuse(id: string, reason: RelayRefusal): false {
    this.outcome.set(id, 'refused');
    this.options.log({ level: 'warn', event: 'relay-blob-refused', detail: reason });
    if (!this.refusedOnce.has(reason)) {
      this.refusedOnce.add(reason);
      this.events.refused(reason);
    }
    return false;
  }

  private flushLocal(): void {
    this.timer = undefined;
    if (this.destroyed || this.pending.length === 0) return;
    const update = Y.mergeUpdates(this.pending);
    this.pending = [];
    this.append('update', update);
    this.settled();
  }

  /** Seals and appends; the mirror takes the update too, so it is never sent twice. */
  private append(kind: BlobKind, update: Uint8Array, covers: Uint8Array = new Uint8Array()): string {
    const header = { kind, device: this.device, session: this.session, counter: (this.counter += 1) };
    const { journalId, epoch } = this.journal.identity;
    const blob = sealBlob(this.keys, header, { journalId, epoch, covers, update });
    const id = blobId(header);
    this.outcome.set(id, 'applied');
    this.ids.set(blob, id);
    if (kind === 'update') Y.applyUpdate(this.mirror, update);
    this.blobs.push([blob]);
    return id;
  }

  /** Once received updates are fsync'd, the room counts as synced; then a snapshot, when one is due. */
  private settled(): void {
    if (!this.roomSynced) return;
    void this.journal.whenFlushed().then(
      () => {
        if (this.destroyed) return;
        this.events.synced((this.options.now ?? (() => new Date()))());
        this.snapshotIfDue();
      },
      () => undefined, // the store reports its own failures; an unflushed update is not "synced"
    );
  }

  /**
   * Seals the mirror as one snapshot and deletes, in the same room transaction, exactly the blobs this device
   * applied (each is inside the mirror) and stale ones. Blobs appended meanwhile by others are other Yjs items
   * and stay.
   */
  private snapshotIfDue(): void {
    const applied: number[] = [];
    this.blobs.toArray().forEach((blob, index) => {
      // Only blobs this device applied (and stale ones): one it refused or could not open is not its to judge.
      const id = blob instanceof Uint8Array ? this.ids.get(blob) : undefined;
      const outcome = id === undefined ? undefined : this.outcome.get(id);
      if (outcome === 'applied' || outcome === 'stale') applied.push(index);
    });
    if (applied.length < (this.options.snapshotAfter ?? 200)) return;
    this.room.transact(() => {
      for (const index of applied.reverse()) this.blobs.delete(index, 1);
      this.append('snapshot', Y.encodeStateAsUpdate(this.mirror), Y.encodeStateVector(this.mirror));
    });
    this.options.log({ level: 'info', event: 'relay-snapshot', detail: `${applied.length} blobs replaced by one` });
  }
}

/** True when applying `update` would change `doc` (applied to `doc` itself: the caller then sends it). */
function changes(doc: Y.Doc, update: Uint8Array): boolean {
  let changed = false;
  const listener = () => (changed = true);
  doc.on('update', listener);
  Y.applyUpdate(doc, update);
  doc.off('update', listener);
  return changed;
}
