// One sync conversation with a paired device over an open SecureChannel: first both say which journal and
// epoch they hold (the rule of docs/ARCHITECTURE.md "Restore and epochs": another journal or another epoch is
// refused, never merged), then y-protocols sync through DocSyncEndpoint. One exception, "Two journals": a device
// that just paired and agreed to adopt says so in its hello, and receives this journal's whole state (y-protocols
// step 2 into a fresh document) without sending anything of its own. A malformed message closes the
// connection and changes nothing; received updates reach the file store like window edits and count once fsync'd.
// A host that pairs also hands over its relay settings (./relay) in this channel, just before its hello.
import { mt } from '../app/main-i18n';
import * as Y from 'yjs';
import { z } from 'zod';
import { messageYjsSyncStep1, messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import { DocSyncEndpoint, SyncMessageError } from '@shared/sync/doc-sync';
import type { SecureChannel } from './secure-channel';
import { sharedRelaySchema, type SharedRelay } from './relay/relay-settings';

const JOURNAL_HELLO = 0;
const SYNC = 1;
/** On a new pairing, the host's relay settings (./relay): sent only inside this encrypted channel. */
const RELAY_SETTINGS = 2;

const journalHello = z.strictObject({
  journalId: z.string().min(1).max(64),
  epoch: z.number().int().min(0),
  adopt: z.literal(true).optional(),
  /** This side takes a newer epoch's state when it meets one (./epoch-follow.ts); else it refuses as before. */
  follows: z.literal(true).optional(),
});

export interface SyncJournal {
  doc: Y.Doc;
  identity: { journalId: string; epoch: number };
  /** Resolves once every update applied so far is fsync'd. */
  whenFlushed(): Promise<void>;
}

/** Why a conversation ended without syncing; each has a sentence for the user in `refusalText`. */
export type SessionRefusal = 'other-journal' | 'peer-older-epoch' | 'older-epoch' | 'malformed' | 'adopt-refused';

/**
 * `adopt`: this side takes the peer's journal — it receives the peer's state into a fresh document and hands
 * it over (the journal itself is untouched here). `allowAdopt`: this side hands its state to a peer that asks.
 */
export interface SessionOptions {
  adopt?: (state: Uint8Array, peer: { journalId: string; epoch: number }) => void;
  allowAdopt?: boolean;
  /**
   * The peer holds a newer epoch of this journal (a backup was restored there): this side receives that state
   * into a fresh document and hands it over, sending nothing of its own. Without it, another epoch is refused.
   */
  newerEpoch?: (state: Uint8Array, peer: { journalId: string; epoch: number }) => void;
  /** The host of a new pairing: relay settings to hand over (./relay/relay-settings). */
  shareRelay?: SharedRelay;
  /** The device that joined: receives the host's relay settings, once checked. */
  relayReceived?: (relay: SharedRelay) => void;
  /**
   * A promise while a restore (or an adoption) replaces the journal: messages received meanwhile wait, in
   * order, and are dropped if the channel closed by then (sync then starts again on the new journal).
   */
  hold?: () => Promise<void> | undefined;
}

export interface SessionEvents {
  /** The peer's state is in this journal and on disk. */
  synced(at: Date): void;
  refused(reason: SessionRefusal, text: string): void;
  /** The peer said which journal it holds (before any refusal). */
  greeted?(peer: { journalId: string; epoch: number }): void;
}

export class PeerSession {
  private endpoint: DocSyncEndpoint | undefined;
  private helloSeen = false;
  private adopting: { journalId: string; epoch: number } | undefined;
  /** Serving an older epoch that follows this one: its step 1 is answered, nothing of it is applied. */
  private serveOnly = false;

  constructor(
    private readonly channel: SecureChannel,
    private readonly journal: SyncJournal,
    private readonly events: SessionEvents,
    private readonly now: () => Date = () => new Date(),
    private readonly options: SessionOptions = {},
  ) {
    // The hello goes first: listening may hand on the peer's hello at once, and this side then starts syncing.
    // Only the two fields the hello holds: the app's identity also carries schemaVersion, which the strict check refuses.
    const { journalId, epoch } = journal.identity;
    const hello = options.adopt
      ? { journalId, epoch, adopt: true }
      : options.newerEpoch
        ? { journalId, epoch, follows: true }
        : { journalId, epoch };
    // A new pairing's relay settings go before the hello: a joiner keeping another journal refuses on the hello.
    if (options.shareRelay) this.sendTyped(RELAY_SETTINGS, Buffer.from(JSON.stringify(options.shareRelay)));
    this.sendTyped(JOURNAL_HELLO, Buffer.from(JSON.stringify(hello)));
    channel.onMessage((message) => this.arrive(message));
    channel.onClose(() => this.endpoint?.destroy());
  }

  /** Messages held while the journal is being replaced (see SessionOptions.hold); undefined when none wait. */
  private held: Uint8Array[] | undefined;

  private arrive(message: Uint8Array): void {
    if (this.held) {
      this.held.push(message);
      return;
    }
    const hold = this.options.hold?.();
    if (!hold) return this.receive(message);
    this.held = [message];
    this.waitFor(hold);
  }

  private waitFor(hold: Promise<void>): void {
    void hold.then(
      () => this.release(),
      () => this.release(),
    );
  }

  private release(): void {
    const waiting = this.held ?? [];
    this.held = undefined;
    while (waiting.length > 0) {
      if (!this.channel.open) return;
      const hold = this.options.hold?.();
      if (hold) {
        this.held = waiting;
        return this.waitFor(hold);
      }
      this.receive(waiting.shift()!);
    }
  }

  private sendTyped(type: number, body: Uint8Array): void {
    const message = Buffer.alloc(body.length + 1);
    message[0] = type;
    message.set(body, 1);
    this.channel.send(message);
  }

  private receive(message: Uint8Array): void {
    const type = message[0];
    const body = message.subarray(1);
    if (type === JOURNAL_HELLO && !this.helloSeen) return this.greet(body);
    if (type === RELAY_SETTINGS) return this.relaySettings(body);
    if (type !== SYNC || !this.endpoint)
      return this.refuse('malformed', 'The other device sent a message out of turn.');
    if (this.serveOnly && body[0] !== messageYjsSyncStep1) return; // an older epoch's state never comes in
    let reply: Uint8Array | null;
    try {
      reply = this.endpoint.receive(body);
    } catch (error) {
      if (error instanceof SyncMessageError) return this.refuse('malformed', error.message);
      throw error;
    }
    if (reply) this.sendTyped(SYNC, reply);
    if (this.adopting && body[0] === messageYjsSyncStep2) return this.adopted(this.adopting);
    if (body[0] === messageYjsSyncStep2 || body[0] === messageYjsUpdate) {
      void this.journal.whenFlushed().then(
        () => this.events.synced(this.now()),
        () => undefined, // the store reports its own failures; an unflushed update is not "synced"
      );
    }
  }

  private greet(body: Uint8Array): void {
    this.helloSeen = true;
    let peer: z.infer<typeof journalHello>;
    try {
      peer = journalHello.parse(JSON.parse(Buffer.from(body).toString('utf8')));
    } catch {
      return this.refuse('malformed', 'The other device did not say which journal it holds.');
    }
    this.events.greeted?.({ journalId: peer.journalId, epoch: peer.epoch });
    const mine = this.journal.identity;
    const name = this.channel.peer.name;
    if (this.options.adopt) {
      // Everything the peer holds arrives in a document of its own; nothing of this journal is sent.
      this.adopting = peer;
      this.endpoint = new DocSyncEndpoint(new Y.Doc(), (m) => this.sendTyped(SYNC, m));
      return this.endpoint.start();
    }
    if (peer.adopt) {
      if (!this.options.allowAdopt) return this.refuse('adopt-refused', mt('sync.adoptRefused', { name }));
      this.endpoint = new DocSyncEndpoint(this.journal.doc, (m) => this.sendTyped(SYNC, m));
      return this.endpoint.start();
    }
    if (peer.journalId !== mine.journalId) return this.refuse('other-journal', mt('sync.otherJournal', { name }));
    if (peer.epoch < mine.epoch && peer.follows) {
      // It takes this epoch's state and comes back on it; until then it only receives (see serveOnly).
      this.serveOnly = true;
      this.endpoint = new DocSyncEndpoint(this.journal.doc, (m) => this.sendTyped(SYNC, m));
      return;
    }
    if (peer.epoch < mine.epoch) return this.refuse('peer-older-epoch', mt('sync.peerOlderEpoch', { name }));
    if (peer.epoch > mine.epoch && this.options.newerEpoch) {
      this.adopting = peer;
      this.endpoint = new DocSyncEndpoint(new Y.Doc(), (m) => this.sendTyped(SYNC, m));
      return this.endpoint.start();
    }
    if (peer.epoch > mine.epoch) return this.refuse('older-epoch', mt('sync.olderEpoch', { name }));
    this.endpoint = new DocSyncEndpoint(this.journal.doc, (m) => this.sendTyped(SYNC, m));
    this.endpoint.start();
  }

  /** Relay settings are taken only when this side asked for them (it just joined); otherwise ignored. */
  private relaySettings(body: Uint8Array): void {
    if (!this.options.relayReceived) return;
    const parsed = sharedRelaySchema.safeParse(safeJson(Buffer.from(body).toString('utf8')));
    if (!parsed.success) return this.refuse('malformed', 'The other device sent relay settings that do not read.');
    this.options.relayReceived(parsed.data);
  }

  private adopted(peer: { journalId: string; epoch: number }): void {
    const doc = this.endpoint!.doc;
    this.adopting = undefined;
    const incomplete = doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
    const meta = doc.getMap('meta');
    const epochMatches = this.options.adopt !== undefined || meta.get('epoch') === peer.epoch;
    if (incomplete || meta.get('journalId') !== peer.journalId || !epochMatches)
      return this.refuse('malformed', 'The other device sent a journal that is incomplete or not the one it named.');
    const state = Y.encodeStateAsUpdate(doc);
    this.endpoint!.destroy();
    doc.destroy();
    this.endpoint = undefined;
    this.channel.close('journal adopted');
    if (this.options.adopt) this.options.adopt(state, peer);
    else this.options.newerEpoch!(state, peer);
  }

  private refuse(reason: SessionRefusal, text: string): void {
    this.endpoint?.destroy();
    this.events.refused(reason, text);
    this.channel.refuse(`sync refused: ${reason}`, text);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
