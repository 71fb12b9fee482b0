// The devices this computer is paired with, and this computer's own sync identity: device-local state in
// main (never in the synced journal), one JSON file readable by its owner only (0600), keys sealed by a
// SecretSealer. Writes are atomic (temp file, fsync, rename).
import { randomUUID } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { hostname } from 'node:os';
import { z } from 'zod';
import { fsyncFolder } from '../store/durable-io';
import type { SealerKind, SecretSealer } from './secret-sealer';

export const PAIRED_DEVICES_FILE = 'sync-devices.json';

const peerSchema = z.looseObject({
  device: z.string(),
  name: z.string(),
  /** host:port to reach it, for the device that joined; the host waits to be reached. */
  address: z.string().optional(),
  key: z.string(),
  sealedWith: z.enum(['safe-storage', 'file-permissions']),
  pairedAt: z.string(),
  lastSyncedAt: z.string().optional(),
  lastError: z.string().optional(),
});
/** The relay this device syncs through (see ./relay): where, which room, and the relay key, sealed. */
const relaySchema = z.looseObject({
  url: z.string(),
  room: z.string(),
  key: z.string(),
  sealedWith: z.enum(['safe-storage', 'file-permissions']),
  lastSyncedAt: z.string().optional(),
});
const fileSchema = z.looseObject({
  version: z.literal(1),
  device: z.string(),
  name: z.string(),
  peers: z.array(peerSchema),
  /** Sync is on (the server runs) and the port it listens on; 0 lets the system choose, then it is kept. */
  enabled: z.boolean().default(false),
  port: z.number().int().min(0).max(65535).default(0),
  relay: relaySchema.optional(),
});

type StoredPeer = z.infer<typeof peerSchema>;
type StoredFile = z.infer<typeof fileSchema>;

/** What the rest of main may see of a paired device: never its key. */
export interface PairedDevice {
  device: string;
  name: string;
  address?: string;
  pairedAt: string;
  lastSyncedAt?: string;
  lastError?: string;
}

export class PairedDevices {
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly path: string,
    private state: StoredFile,
    private readonly sealer: SecretSealer,
  ) {}

  /** Opens (or starts) the file. A damaged file is refused with the reason rather than replaced: it holds keys. */
  static async open(path: string, sealer: SecretSealer): Promise<PairedDevices> {
    let text: string | undefined;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (text === undefined) {
      const fresh = new PairedDevices(
        path,
        {
          version: 1,
          device: randomUUID(),
          name: hostname().slice(0, 80) || 'Rapport',
          peers: [],
          enabled: false,
          port: 0,
        },
        sealer,
      );
      await fresh.save();
      return fresh;
    }
    const parsed = fileSchema.safeParse(safeJson(text));
    if (!parsed.success)
      throw new Error(`The list of paired devices (${path}) is damaged; sync stays off until it is removed.`);
    await chmod(path, 0o600); // in case someone loosened it
    return new PairedDevices(path, parsed.data, sealer);
  }

  get self(): { device: string; name: string } {
    return { device: this.state.device, name: this.state.name };
  }

  get sync(): { enabled: boolean; port: number } {
    return { enabled: this.state.enabled, port: this.state.port };
  }

  async setSync(change: { enabled?: boolean; port?: number }): Promise<void> {
    this.state = { ...this.state, ...change };
    await this.save();
  }

  list(): PairedDevice[] {
    return this.state.peers.map((p) => ({
      device: p.device,
      name: p.name,
      pairedAt: p.pairedAt,
      ...(p.address !== undefined ? { address: p.address } : {}),
      ...(p.lastSyncedAt !== undefined ? { lastSyncedAt: p.lastSyncedAt } : {}),
      ...(p.lastError !== undefined ? { lastError: p.lastError } : {}),
    }));
  }

  get(device: string): PairedDevice | undefined {
    return this.list().find((p) => p.device === device);
  }

  /** The key shared with `device`; undefined when it is not paired or its key cannot be opened here. */
  keyFor(device: string): Buffer | undefined {
    const peer = this.state.peers.find((p) => p.device === device);
    if (!peer || peer.sealedWith !== this.sealer.kind) return undefined;
    try {
      return this.sealer.open(peer.key);
    } catch {
      return undefined;
    }
  }

  async add(peer: { device: string; name: string; key: Buffer; address?: string }, now: Date): Promise<void> {
    const entry: StoredPeer = {
      device: peer.device,
      name: peer.name,
      key: this.sealer.seal(peer.key),
      sealedWith: this.sealer.kind as SealerKind,
      pairedAt: now.toISOString(),
      ...(peer.address ? { address: peer.address } : {}),
    };
    this.state = { ...this.state, peers: [...this.state.peers.filter((p) => p.device !== peer.device), entry] };
    await this.save();
  }

  async remove(device: string): Promise<void> {
    this.state = { ...this.state, peers: this.state.peers.filter((p) => p.device !== device) };
    await this.save();
  }

  /** A paired device was found at another host:port (discovery): it is reached there from now on. */
  async setAddress(device: string, address: string): Promise<void> {
    this.state = {
      ...this.state,
      peers: this.state.peers.map((p) => (p.device === device ? { ...p, address } : p)),
    };
    await this.save();
  }

  async record(device: string, change: { lastSyncedAt?: Date; lastError?: string | null }): Promise<void> {
    this.state = {
      ...this.state,
      peers: this.state.peers.map((p) => {
        if (p.device !== device) return p;
        const next = { ...p };
        if (change.lastSyncedAt) next.lastSyncedAt = change.lastSyncedAt.toISOString();
        if (change.lastError === null) delete next.lastError;
        else if (change.lastError !== undefined) next.lastError = change.lastError;
        return next;
      }),
    };
    await this.save();
  }

  /** The relay settings without the key; undefined when no relay is set. */
  get relay(): { url: string; room: string; lastSyncedAt?: string } | undefined {
    const relay = this.state.relay;
    if (!relay) return undefined;
    return { url: relay.url, room: relay.room, ...(relay.lastSyncedAt ? { lastSyncedAt: relay.lastSyncedAt } : {}) };
  }

  /** The relay key; undefined when no relay is set or its key cannot be opened here. */
  relayKey(): Buffer | undefined {
    const relay = this.state.relay;
    if (!relay || relay.sealedWith !== this.sealer.kind) return undefined;
    try {
      return this.sealer.open(relay.key);
    } catch {
      return undefined;
    }
  }

  /** Sets (or, with undefined, forgets) the relay; the caller passes the key to keep (or a new one). */
  async setRelay(relay: { url: string; room: string; key: Buffer } | undefined): Promise<void> {
    const { relay: _old, ...rest } = this.state;
    this.state = relay
      ? {
          ...rest,
          relay: { url: relay.url, room: relay.room, key: this.sealer.seal(relay.key), sealedWith: this.sealer.kind },
        }
      : rest;
    await this.save();
  }

  async recordRelay(lastSyncedAt: Date): Promise<void> {
    if (!this.state.relay) return;
    this.state = { ...this.state, relay: { ...this.state.relay, lastSyncedAt: lastSyncedAt.toISOString() } };
    await this.save();
  }

  /** Writes are queued so they land in order; each is whole or absent after a crash. */
  private save(): Promise<void> {
    const bytes = Buffer.from(`${JSON.stringify(this.state, null, 2)}\n`, 'utf8');
    this.writing = this.writing.catch(() => undefined).then(() => writePrivate(this.path, bytes));
    return this.writing;
  }
}

async function writePrivate(path: string, bytes: Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.tmp`;
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.chmod(0o600); // a temp file left by an earlier run keeps its old mode otherwise
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    await rename(temp, path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncFolder(dirname(path));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
