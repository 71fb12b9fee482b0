// Sync as the app runs it: on or off (remembered in the paired-device file), the server bound to the LAN
// (RAPPORT_SYNC_BIND overrides the address; tests use 127.0.0.1), pairing codes with a QR code, and a
// summary for Settings → Devices. Restarted on the new document after a restore. While on, it announces this
// device and finds paired ones by DNS-SD — except bound to loopback (tests) or with RAPPORT_SYNC_DISCOVERY=off.
import { join } from 'node:path';
import QRCode from 'qrcode';
import type { SyncDevicesInfo, SyncOffer, SyncRelayInfo } from '@shared/ipc/contract';
import { adoptionSummary } from '@shared/sync/adopt-plan';
import { PairedDevices, PAIRED_DEVICES_FILE } from './paired-devices';
import { BonjourDiscovery } from './bonjour-discovery';
import type { Discovery } from './discovery';
import { chooseSealer, type SafeStorageLike } from './secret-sealer';
import type { SyncJournal } from './peer-session';
import { SyncService } from './sync-service';
import type { RestoreService } from '../backup/restore-service';
import { EpochMarks, EPOCH_MARK_FILE } from './epoch-marks';
import { followNewerEpoch, type FollowNewerEpoch } from './epoch-follow';
import { consoleSyncLog } from './sync-log';
import { mt } from '../app/main-i18n';
import { adoptSharedRelay, saveRelaySettings, startRelaySync, type RelayClient, type SharedRelay } from './relay';

export class AppSync {
  private service: SyncService;
  private address: string | undefined;
  private unlisten: () => void;
  private readonly listeners = new Set<() => void>();
  /** Per device: it restored a backup and this computer took that journal (./epoch-follow), in a sentence. */
  private readonly notices = new Map<string, string>();
  /** The relay connection while sync is on and a relay is set (./relay), or why it could not start. */
  private relay: RelayClient | undefined;
  private relayProblem: string | undefined;
  /** "Two journals": the host's relay, kept once its journal (this id) has replaced this one. */
  private relayAfterAdoption: { relay: SharedRelay; journalId: string } | undefined;

  private constructor(
    private readonly devices: PairedDevices,
    private readonly journal: () => SyncJournal,
    private readonly bindHost: string,
    private readonly discovery: Discovery | undefined,
    private readonly epochs?: { marks: EpochMarks; follow: FollowNewerEpoch },
    /** While a restore runs, sessions wait and what peers and the relay send is held (SyncService `restore`). */
    private readonly restore?: Pick<RestoreService, 'busy' | 'whenIdle'>,
  ) {
    this.service = this.newService();
    this.unlisten = this.service.onChange(() => this.changed());
  }

  /** `writable` false (a journal from a newer Rapport) keeps sync off even if it was on. */
  static async open(
    userData: string,
    journal: () => SyncJournal,
    options: {
      safeStorage?: SafeStorageLike;
      writable: boolean;
      bindHost?: string;
      /** Overrides the default (DNS-SD, or none on loopback or with RAPPORT_SYNC_DISCOVERY=off). */
      discovery?: Discovery;
      /** Takes a paired device's restored journal (a newer epoch); without it, such a device is refused. */
      restorer?: Pick<RestoreService, 'adopt' | 'busy' | 'whenIdle'>;
    },
  ): Promise<AppSync> {
    const sealer = chooseSealer(options.safeStorage);
    const devices = await PairedDevices.open(join(userData, PAIRED_DEVICES_FILE), sealer);
    const bindHost = options.bindHost ?? process.env.RAPPORT_SYNC_BIND ?? '0.0.0.0';
    const restorer = options.restorer;
    const marks = restorer ? await EpochMarks.open(join(userData, EPOCH_MARK_FILE)) : undefined;
    const epochs = restorer &&
      marks && { marks, follow: followNewerEpoch({ restorer, journal, marks, log: consoleSyncLog }) };
    const sync = new AppSync(
      devices,
      journal,
      bindHost,
      options.discovery ?? defaultDiscovery(bindHost),
      epochs,
      restorer,
    );
    if (devices.sync.enabled && options.writable)
      await sync.setEnabled(true).catch((error: unknown) => console.warn(`Rapport sync: ${String(error)}`));
    return sync;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  info(): SyncDevicesInfo {
    return {
      enabled: this.address !== undefined,
      address: this.address ?? null,
      thisDevice: this.devices.self.name,
      devices: this.service.devices().map((d) => ({
        id: d.device,
        name: d.name,
        state: d.state,
        lastSyncedAt: d.lastSyncedAt ?? null,
        lastError: d.lastError ?? null,
        ...(this.notices.has(d.device) ? { notice: this.notices.get(d.device) } : {}),
      })),
      relay: this.relayInfo(),
    };
  }

  /** Keeps the relay URL and room (the key is made on the first save); syncs through it at once when on. */
  async saveRelay(url: string, room: string): Promise<SyncDevicesInfo> {
    await saveRelaySettings(this.devices, { url, room });
    this.restartRelay();
    return this.info();
  }

  private relayInfo(): SyncRelayInfo | null {
    const relay = this.devices.relay;
    if (!relay) return null;
    const status = this.relay?.status();
    const refusal = status?.refusal
      ? mt(status.refusal === 'other-journal' ? 'relay.otherJournal' : 'relay.olderEpoch')
      : undefined;
    return {
      url: relay.url,
      room: relay.room,
      state: status?.state ?? (this.address && this.relayProblem ? 'refused' : 'off'),
      lastSyncedAt: status?.lastSyncedAt?.toISOString() ?? relay.lastSyncedAt ?? null,
      lastError: refusal ?? this.relayProblem ?? null,
    };
  }

  /** Starts (or restarts, after new settings) the relay while sync is on; stops it while off. */
  private restartRelay(): void {
    this.relay?.stop();
    this.relay = undefined;
    this.relayProblem = undefined;
    if (this.address) {
      try {
        const restore = this.restore;
        this.relay = startRelaySync({
          devices: this.devices,
          journal: this.journal(),
          onChange: () => this.changed(),
          ...(restore && { hold: () => (restore.busy ? restore.whenIdle() : undefined) }),
        });
      } catch (error) {
        this.relayProblem = error instanceof Error ? error.message : String(error);
      }
    }
    this.changed();
  }

  async setEnabled(enabled: boolean): Promise<SyncDevicesInfo> {
    if (enabled && !this.address) {
      this.address = await this.service.start({ host: this.bindHost, port: this.devices.sync.port });
      const port = Number(this.address.slice(this.address.lastIndexOf(':') + 1));
      await this.devices.setSync({ enabled: true, port });
      this.restartRelay();
    } else if (!enabled && this.address) {
      this.address = undefined;
      this.restartRelay();
      await this.service.stop();
      await this.devices.setSync({ enabled: false });
    }
    this.changed();
    return this.info();
  }

  async offer(): Promise<SyncOffer> {
    const offer = this.service.offerPairing();
    // The QR code holds the same two things the user could type: the code and the address.
    const qr = await QRCode.toDataURL(`${offer.code} ${offer.address}`, { margin: 1, width: 240 });
    return { code: offer.code, address: offer.address, expiresAt: offer.expiresAt.toISOString(), qr };
  }

  /** Pairs; when the other device keeps another journal, says what adopting it would do (nothing is done yet). */
  async join(code: string, address: string): Promise<SyncDevicesInfo> {
    if (!this.address) await this.setEnabled(true);
    const paired = await this.service.pair(code, address);
    if (!paired.otherJournal) return this.info();
    const summary = adoptionSummary(this.journal().doc);
    return { ...this.info(), adoption: { device: paired.device, name: paired.name, summary } };
  }

  /** The complete state of a just-paired device's journal (see ./adopt-journal). */
  async adopt(device: string): Promise<{ state: Uint8Array }> {
    const taken = await this.service.adopt(device);
    const relay = this.service.takeOfferedRelay(device);
    this.relayAfterAdoption = relay ? { relay, journalId: taken.journalId } : undefined;
    return taken;
  }

  async unpair(device: string): Promise<SyncDevicesInfo> {
    await this.service.unpair(device);
    return this.info();
  }

  /** After a restore: every conversation with the old document ends, and sync starts again on the new one. */
  async journalReplaced(): Promise<void> {
    const wasOn = this.address !== undefined;
    await this.stop();
    const offered = this.relayAfterAdoption;
    this.relayAfterAdoption = undefined;
    if (offered && offered.journalId === this.journal().identity.journalId)
      await adoptSharedRelay(this.devices, offered.relay).catch((error: unknown) =>
        console.warn(`Rapport sync: the relay offered when pairing was not kept: ${String(error)}`),
      );
    this.service = this.newService();
    this.unlisten = this.service.onChange(() => this.changed());
    if (wasOn) await this.setEnabled(true);
  }

  async stop(): Promise<void> {
    await this.epochs?.marks.flush().catch(() => undefined);
    this.unlisten();
    this.address = undefined;
    this.relay?.stop();
    this.relay = undefined;
    await this.service.stop();
  }

  private newService(): SyncService {
    const epochs = this.epochs;
    return new SyncService({
      devices: this.devices,
      journal: this.journal,
      discovery: this.discovery,
      ...(this.restore && { restore: this.restore }),
      ...(epochs && {
        synced: (journal: SyncJournal) => epochs.marks.record(journal),
        newerEpoch: (
          state: Uint8Array,
          peer: { journalId: string; epoch: number },
          from: { device: string; name: string },
        ) =>
          void epochs.follow(state, peer, from).then(
            (done) => {
              if (!done) return;
              this.notices.set(from.device, done.text);
              this.changed();
            },
            (error: unknown) =>
              console.warn(`Rapport sync: could not take the journal restored on ${from.name}:`, error),
          ),
      }),
      relayAdopted: () => this.restartRelay(),
    });
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

/** Announcing a loopback address to the network would help no one, and tests must never multicast. */
function defaultDiscovery(bindHost: string): Discovery | undefined {
  const loopback = bindHost === '::1' || bindHost === 'localhost' || bindHost.startsWith('127.');
  return loopback || process.env.RAPPORT_SYNC_DISCOVERY === 'off' ? undefined : new BonjourDiscovery();
}
