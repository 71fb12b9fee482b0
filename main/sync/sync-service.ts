// Direct sync on the local network, for main (and later the CLI's headless peer): a WebSocket server that
// runs only while sync is on, pairing by one-time code, and a link to every paired device whose address
// is known. Each connection is a SecureChannel carrying one PeerSession over the journal.
import { mt } from '../app/main-i18n';
import type { WebSocket, WebSocketServer } from 'ws';
import { advertisedHost, formatAddress, parseAddress, type HostPort } from './address';
import { deviceTag, type Discovery, type Found } from './discovery';
import { acceptHandshake, connectHandshake, type HandshakeError, type Opened } from './handshake-session';
import { DEFAULT_LIMITS, type SyncLimits } from './limits';
import { PairingOffers, parsePairingCode } from './pairing-code';
import { type PairedDevices, type PairedDevice } from './paired-devices';
import { DEFAULT_BACKOFF, isFinal, PeerLink, type Backoff, type LinkOutcome } from './peer-link';
import { PeerSession, type SessionOptions, type SyncJournal } from './peer-session';
import type { SecureChannel } from './secure-channel';
import { closeServer, connectSocket, listen } from './sockets';
import { consoleSyncLog, type SyncLog } from './sync-log';
import { wsWire } from './wire';
import { countedWire } from './headless-traffic';
import { adoptSharedRelay, relayToShare, type SharedRelay } from './relay/relay-settings';

export type PeerState = 'offline' | 'syncing' | 'up-to-date' | 'refused';
export type DeviceStatus = PairedDevice & { state: PeerState };
/** A new pairing, and whether the other device keeps another journal (then "Two journals" applies). */
export type Paired = PairedDevice & { otherJournal: boolean };

export interface SyncServiceOptions {
  devices: PairedDevices;
  /** The journal right now (a restore replaces it: the service is then restarted). */
  journal: () => SyncJournal;
  limits?: Partial<SyncLimits>;
  backoff?: Backoff;
  log?: SyncLog;
  now?: () => Date;
  /** Handshakes in progress at once; more are turned away. */
  maxPending?: number;
  /** Announces this device and finds paired ones at new addresses while the server listens (see ./discovery). */
  discovery?: Discovery;
  /**
   * A paired device holds a newer epoch of this journal (a backup was restored there): its complete state, for
   * the caller to adopt (./epoch-follow.ts). Without it, such a device is refused as before.
   */
  newerEpoch?: (
    state: Uint8Array,
    peer: { journalId: string; epoch: number },
    from: { device: string; name: string },
  ) => void;
  /** A peer's state is in the journal and on disk (./epoch-marks.ts remembers where the journal stood). */
  synced?: (journal: SyncJournal) => void;
  /** Counts the bytes on each connection this side opens to a paired device (the CLI's `sync --once` report). */
  traffic?: (device: string, direction: 'sent' | 'received', bytes: number) => void;
  /** A device that joined stored the host's relay settings (see ./relay): the caller may start the relay. */
  relayAdopted?: () => void;
  /**
   * The app's restores (RestoreService): while one replaces the journal, no session starts and nothing
   * received is applied; both wait for it (its "before restore" backup must hold all that the old journal got).
   */
  restore?: { readonly busy: boolean; whenIdle(): Promise<void> };
}

export class SyncService {
  readonly offers: PairingOffers;
  private readonly limits: SyncLimits;
  private readonly log: SyncLog;
  private readonly now: () => Date;
  private server: WebSocketServer | undefined;
  private bound: HostPort | undefined;
  private pending = 0;
  private discovering = false;
  private readonly channels = new Map<string, SecureChannel>();
  private readonly links = new Map<string, PeerLink>();
  private readonly states = new Map<string, PeerState>();
  private readonly listeners = new Set<() => void>();
  /** "Two journals": relay settings from a host whose journal this device has not taken (yet). */
  private readonly offeredRelays = new Map<string, SharedRelay>();
  /** Counts stops, so a session that waited for a restore knows whether this service stopped meanwhile. */
  private stops = 0;

  constructor(private readonly options: SyncServiceOptions) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.log = options.log ?? consoleSyncLog;
    this.now = options.now ?? (() => new Date());
    this.offers = new PairingOffers(this.now);
  }

  /** Starts listening and reaching every paired device with an address. Returns the address to show. */
  async start(bind: HostPort): Promise<string> {
    if (!this.server) {
      this.server = await listen(bind, this.limits, (socket) => this.accept(socket));
      const port = (this.server.address() as { port: number }).port;
      this.bound = { host: advertisedHost(bind.host), port };
    }
    for (const device of this.options.devices.list()) if (device.address) this.link(device.device, device.address);
    const discovery = this.options.discovery;
    if (discovery && !this.discovering) {
      this.discovering = true;
      discovery.advertise({ deviceId: deviceTag(this.options.devices.self.device), port: this.bound!.port });
      discovery.browse((found) => void this.found(found).catch(() => undefined));
    }
    return formatAddress(this.bound!);
  }

  /** A one-time code for another device, and the address it should use. */
  offerPairing(): { code: string; address: string; expiresAt: Date } {
    if (!this.bound) throw new Error(mt('sync.turnOnFirst'));
    const offer = this.offers.create();
    return { code: offer.code, address: formatAddress(this.bound), expiresAt: offer.expiresAt };
  }

  /**
   * Joins the device at `address` with its code; the new device is kept and synced from then on — unless it
   * keeps another journal (`otherJournal`): then nothing syncs until this side adopts it (`adopt`).
   */
  async pair(code: string, address: string): Promise<Paired> {
    const secret = parsePairingCode(code);
    const socket = await connectSocket(parseAddress(address), this.limits).catch((error: unknown) => {
      throw new Error(
        mt('sync.unreachable', { address, reason: error instanceof Error ? error.message : String(error) }),
      );
    });
    const opened = await connectHandshake(wsWire(socket), { mode: 'pair', secret }, this.common());
    const peer = opened.channel.peer;
    // The session starts at once, before the pairing is stored: the peer's hello (which journal it keeps) may be
    // followed by its refusal straight away, and a closed channel hands nothing more on.
    let greeted: (journalId: string | undefined) => void = () => undefined;
    const hello = new Promise<string | undefined>((resolve) => (greeted = resolve));
    let refusal: string | undefined;
    // The host's relay settings come just before its hello; what becomes of them waits for the hello.
    let offeredRelay: SharedRelay | undefined;
    const first = this.attach(
      opened,
      { relayReceived: (relay) => (offeredRelay = relay) },
      {
        greeted: (peerJournal) => greeted(peerJournal.journalId),
        refused: (text) => (refusal = text),
      },
    );
    void first.then(() => greeted(undefined));
    try {
      await this.options.devices.add({ ...peer, key: opened.pairKey!, address }, this.now());
    } catch (error) {
      opened.channel.close('the pairing could not be stored');
      throw error;
    }
    if (refusal) await this.options.devices.record(peer.device, { lastError: refusal });
    this.link(peer.device, address, first);
    const peerJournal = await hello;
    const otherJournal = peerJournal !== undefined && peerJournal !== this.options.journal().identity.journalId;
    // Kept at once for the same journal; for another only once this device takes it (takeOfferedRelay), so
    // this device's own journal never reaches the host's room.
    if (offeredRelay && otherJournal) this.offeredRelays.set(peer.device, offeredRelay);
    else if (offeredRelay && peerJournal !== undefined) this.adoptRelay(offeredRelay);
    return { ...this.options.devices.get(peer.device)!, otherJournal };
  }

  /**
   * "Two journals": receives the complete state of `device`'s journal (a paired device that has not synced
   * with this one yet). This side's journal is not touched; the caller replaces it (RestoreService.adopt).
   */
  async adopt(device: string): Promise<{ state: Uint8Array; journalId: string; epoch: number }> {
    const paired = this.options.devices.get(device);
    const key = this.options.devices.keyFor(device);
    if (!paired?.address || !key) throw new Error(mt('sync.keyUnreadable'));
    this.links.get(device)?.stop();
    this.links.delete(device);
    const socket = await connectSocket(parseAddress(paired.address), this.limits);
    const opened = await connectHandshake(wsWire(socket), { mode: 'session', key, peerDevice: device }, this.common());
    return new Promise((resolve, reject) => {
      let received = false;
      const ended = this.attach(opened, {
        adopt: (state, peer) => {
          received = true;
          resolve({ state, ...peer });
        },
      });
      void ended.then(() => {
        if (!received) reject(new Error(mt('sync.adoptFailed', { name: paired.name })));
      });
    });
  }

  /** Keeps reaching every paired device that has an address, without listening (the CLI's `rapport sync`). */
  reachPaired(): void {
    for (const device of this.options.devices.list()) if (device.address) this.link(device.device, device.address);
  }

  /** One conversation with a paired device at its stored address, no retry; resolves when it has ended. */
  async syncWith(device: string): Promise<LinkOutcome> {
    const address = this.options.devices.get(device)?.address;
    if (!address) return { kind: 'unreachable', text: 'no address is known for this device' };
    return this.connectOnce(device, address);
  }

  /** Ends the conversation with `device` now, if there is one (a link reconnects later). */
  disconnect(device: string, reason: string): void {
    this.channels.get(device)?.close(reason);
  }

  /** The relay settings `device` offered when this device paired with it keeping another journal. */
  takeOfferedRelay(device: string): SharedRelay | undefined {
    const relay = this.offeredRelays.get(device);
    this.offeredRelays.delete(device);
    return relay;
  }

  async unpair(device: string): Promise<void> {
    this.offeredRelays.delete(device);
    this.links.get(device)?.stop();
    this.links.delete(device);
    await this.options.devices.remove(device);
    this.channels.get(device)?.close('unpaired');
    this.states.delete(device);
    this.changed();
  }

  devices(): DeviceStatus[] {
    return this.options.devices.list().map((d) => ({ ...d, state: this.states.get(d.device) ?? 'offline' }));
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops listening, ends every connection and link; paired devices stay paired. */
  async stop(): Promise<void> {
    this.stops += 1;
    for (const link of this.links.values()) link.stop();
    this.links.clear();
    this.offers.cancelAll();
    for (const channel of this.channels.values()) channel.close('sync turned off');
    const server = this.server;
    this.server = undefined;
    this.bound = undefined;
    if (this.discovering) {
      this.discovering = false;
      await this.options.discovery?.stop();
    }
    if (server) await closeServer(server);
  }

  private common() {
    return { self: this.options.devices.self, limits: this.limits, log: this.log };
  }

  private accept(socket: WebSocket): void {
    if (this.pending >= (this.options.maxPending ?? 8)) {
      socket.terminate();
      return;
    }
    this.pending += 1;
    const devices = this.options.devices;
    acceptHandshake(wsWire(socket), { ...this.common(), offers: this.offers, keyFor: (d) => devices.keyFor(d) })
      .then(async (opened) => {
        if (!(await this.afterRestore(opened))) return;
        if (opened.mode === 'pair') await devices.add({ ...opened.channel.peer, key: opened.pairKey! }, this.now());
        // Only a device that never synced with this one may take this journal (ARCHITECTURE "Two journals").
        const allowAdopt = devices.get(opened.channel.peer.device)?.lastSyncedAt === undefined;
        // A new pairing also receives this device's relay settings, inside the encrypted channel.
        const shareRelay = opened.mode === 'pair' ? relayToShare(devices) : undefined;
        return this.attach(opened, { allowAdopt, ...(shareRelay ? { shareRelay } : {}) });
      })
      .catch(() => undefined) // refusals are logged by the handshake; the connection is closed
      .finally(() => (this.pending -= 1));
  }

  /** Syncs over an open channel until it closes; resolves with how it ended. */
  private attach(
    opened: Opened,
    options: SessionOptions = {},
    hooks: { greeted?: (peer: { journalId: string; epoch: number }) => void; refused?: (text: string) => void } = {},
  ): Promise<LinkOutcome> {
    const { channel } = opened;
    const device = channel.peer.device;
    this.channels.get(device)?.close('replaced by a newer connection');
    this.channels.set(device, channel);
    this.setState(device, 'syncing');
    let refused = false;
    let synced = false;
    const journal = this.options.journal();
    const newerEpoch = this.options.newerEpoch;
    if (newerEpoch && !options.adopt) options = { ...options, newerEpoch: (s, p) => newerEpoch(s, p, channel.peer) };
    const restore = this.options.restore;
    if (restore) options = { ...options, hold: () => (restore.busy ? restore.whenIdle() : undefined) };
    new PeerSession(
      channel,
      journal,
      {
        synced: (at) => {
          if (!channel.open) return;
          synced = true;
          this.options.synced?.(journal);
          this.setState(device, 'up-to-date');
          void this.options.devices.record(device, { lastSyncedAt: at, lastError: null }).catch(() => undefined);
        },
        refused: (_reason, text) => {
          refused = true;
          hooks.refused?.(text);
          this.setState(device, 'refused');
          void this.options.devices.record(device, { lastError: text }).catch(() => undefined);
        },
        greeted: hooks.greeted,
      },
      this.now,
      options,
    );
    return new Promise((resolve) =>
      channel.onClose(() => {
        if (this.channels.get(device) === channel) {
          this.channels.delete(device);
          if (!refused && this.states.has(device)) this.setState(device, 'offline');
        }
        resolve(refused ? { kind: 'refused' } : { kind: 'ended', synced });
      }),
    );
  }

  /**
   * A paired device this one reaches (it has a stored address) announced another host:port: store it and reach
   * it there. Only an address is taken from the network; the handshake still has to prove the pair key.
   */
  private async found({ deviceId, host, port }: Found): Promise<void> {
    if (!this.server) return;
    const device = this.options.devices.list().find((d) => d.address && deviceTag(d.device) === deviceId);
    const address = formatAddress({ host, port });
    if (!device || device.address === address) return;
    this.links.get(device.device)?.stop();
    this.links.delete(device.device);
    await this.options.devices.setAddress(device.device, address);
    if (this.server) this.link(device.device, address);
  }

  private link(device: string, address: string, first?: Promise<LinkOutcome>): void {
    if (this.links.has(device)) return;
    let initial = first;
    const link = new PeerLink(async () => {
      if (initial) {
        const outcome = await initial;
        initial = undefined;
        return outcome;
      }
      return this.connectOnce(device, address);
    }, this.options.backoff ?? DEFAULT_BACKOFF);
    this.links.set(device, link);
    void link.run().finally(() => {
      if (this.links.get(device) === link) this.links.delete(device);
    });
  }

  private async connectOnce(device: string, address: string): Promise<LinkOutcome> {
    const key = this.options.devices.keyFor(device);
    if (!key) return this.linkRefused(device, mt('sync.keyUnreadable'));
    let opened: Opened;
    try {
      const socket = await connectSocket(parseAddress(address), this.limits);
      const traffic = this.options.traffic;
      const wire = traffic ? countedWire(wsWire(socket), (way, bytes) => traffic(device, way, bytes)) : wsWire(socket);
      opened = await connectHandshake(wire, { mode: 'session', key, peerDevice: device }, this.common());
    } catch (error) {
      if (isFinal(error)) return this.linkRefused(device, (error as HandshakeError).message);
      if (this.states.has(device)) this.setState(device, 'offline');
      return { kind: 'unreachable', text: error instanceof Error ? error.message : String(error) };
    }
    if (!(await this.afterRestore(opened))) return { kind: 'ended', synced: false };
    return this.attach(opened);
  }

  /** Waits while a restore runs; false (the channel closed) when this service stopped meanwhile. */
  private async afterRestore(opened: Opened): Promise<boolean> {
    const restore = this.options.restore;
    if (!restore?.busy) return true;
    const stops = this.stops;
    await restore.whenIdle();
    if (this.stops === stops) return true;
    opened.channel.close('the journal was replaced');
    return false;
  }

  private adoptRelay(relay: Parameters<typeof adoptSharedRelay>[1]): void {
    adoptSharedRelay(this.options.devices, relay).then(
      (adopted) => adopted && this.options.relayAdopted?.(),
      (error: unknown) => this.log({ level: 'warn', event: 'relay-settings-refused', detail: String(error) }),
    );
  }

  private linkRefused(device: string, text: string): LinkOutcome {
    this.setState(device, 'refused');
    void this.options.devices.record(device, { lastError: text }).catch(() => undefined);
    return { kind: 'refused' };
  }

  private setState(device: string, state: PeerState): void {
    this.states.set(device, state);
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
