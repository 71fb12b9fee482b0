// A device's connection to one relay room: the standard y-websocket client (WebsocketProvider, with `ws` under
// Node) keeps a room Y.Doc in step with the relay and reconnects with back-off; ./relay-room turns the room's
// sealed blobs into journal updates and back. The relay sees the room and ciphertext, never the relay key.
import WebSocket from 'ws';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import type { SyncJournal } from '../peer-session';
import { consoleSyncLog, type SyncLog } from '../sync-log';
import { deriveRelayKeys } from './relay-blob';
import { RelayRoom, type RelayRefusal } from './relay-room';

export type RelayState = 'connecting' | 'syncing' | 'up-to-date' | 'refused';

export interface RelayStatus {
  state: RelayState;
  lastSyncedAt?: Date;
  refusal?: RelayRefusal;
}

export interface RelayClientOptions {
  url: string;
  room: string;
  key: Uint8Array;
  deviceId: string;
  journal: SyncJournal;
  log?: SyncLog;
  now?: () => Date;
  snapshotAfter?: number;
  /** How long the room must be quiet after connecting before this device appends what it lacks (RelayRoom). */
  settleMs?: number;
  /** Longest wait between reconnection attempts (y-websocket backs off up to it). */
  maxBackoffMs?: number;
  /** Counts the room updates this device sends and receives (`rapport sync --once` says what moved). */
  traffic?: (direction: 'sent' | 'received', bytes: number) => void;
  /** A promise while a restore replaces the journal (see RelayRoomOptions.hold). */
  hold?: () => Promise<void> | undefined;
}

/** A saved room reaches a new connection a moment after the first sync (see RelayRoomOptions.settleMs). */
const DEFAULT_SETTLE_MS = 1000;

export class RelayClient {
  private readonly provider: WebsocketProvider;
  private readonly room: RelayRoom;
  private readonly doc = new Y.Doc();
  private state: RelayState = 'connecting';
  private lastSyncedAt: Date | undefined;
  private refusal: RelayRefusal | undefined;
  private stopped = false;
  private readonly listeners = new Set<(status: RelayStatus) => void>();

  constructor(options: RelayClientOptions) {
    const log = options.log ?? consoleSyncLog;
    this.room = new RelayRoom(
      this.doc,
      options.journal,
      deriveRelayKeys(options.key),
      {
        synced: (at) => {
          this.lastSyncedAt = at;
          if (this.state === 'syncing') this.state = 'up-to-date';
          this.changed();
        },
        refused: (reason) => {
          this.refusal = reason;
          this.state = 'refused';
          this.changed();
        },
      },
      {
        deviceId: options.deviceId,
        log,
        now: options.now,
        snapshotAfter: options.snapshotAfter,
        hold: options.hold,
        settleMs: options.settleMs ?? DEFAULT_SETTLE_MS,
      },
    );
    // No presence is announced: the awareness state stays empty, so the relay learns no more than a client id.
    const awareness = new Awareness(this.doc);
    awareness.setLocalState(null);
    this.provider = new WebsocketProvider(options.url, options.room, this.doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      awareness,
      disableBc: true,
      maxBackoffTime: options.maxBackoffMs ?? 30_000,
    });
    this.provider.on('status', ({ status }) => {
      if (this.state === 'refused' || this.stopped) return;
      this.state = status === 'connected' ? 'syncing' : 'connecting';
      if (status === 'disconnected') log({ level: 'info', event: 'relay-disconnected', detail: options.url });
      this.changed();
    });
    const traffic = options.traffic;
    if (traffic)
      this.doc.on('update', (update: Uint8Array, origin: unknown) =>
        traffic(origin === this.provider ? 'received' : 'sent', update.length),
      );
    this.provider.on('sync', (synced: boolean) => {
      if (synced) this.room.catchUp();
    });
  }

  status(): RelayStatus {
    return {
      state: this.state,
      ...(this.lastSyncedAt ? { lastSyncedAt: this.lastSyncedAt } : {}),
      ...(this.refusal ? { refusal: this.refusal } : {}),
    };
  }

  onChange(listener: (status: RelayStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once the room and this journal hold the same (for `rapport sync --once` and tests). */
  whenUpToDate(): Promise<RelayStatus> {
    if (this.state === 'up-to-date' || this.state === 'refused') return Promise.resolve(this.status());
    return new Promise((resolve) => {
      const stop = this.onChange((status) => {
        if (status.state !== 'up-to-date' && status.state !== 'refused') return;
        stop();
        resolve(status);
      });
    });
  }

  /** The room's state vector as this device holds it (`rapport sync --once` compares it with the relay's). */
  roomStateVector(): Uint8Array {
    return Y.encodeStateVector(this.doc);
  }

  /** Ends the connection; the room's ciphertext stays on the relay for the other devices. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.provider.destroy();
    this.room.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  private changed(): void {
    const status = this.status();
    for (const listener of this.listeners) listener(status);
  }
}
