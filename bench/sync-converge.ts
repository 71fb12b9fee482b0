// Sync figure (b): two paired devices, each with 5,000 edits made offline, meet on loopback — how long until
// both hold every edit, on disk. The real thing end to end: SyncService (ws), handshake, SecureChannel,
// PeerSession, and each side's journal store (JournalHost, fsync'd before an update counts as received).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { createContact, listContacts, updateContact } from '@shared/schema';
import { JournalHost } from '../main/journal/journal-host';
import { PairedDevices, PAIRED_DEVICES_FILE } from '../main/sync/paired-devices';
import { filePermissionSealer } from '../main/sync/secret-sealer';
import { SyncService } from '../main/sync/sync-service';
import { percentile } from './stats';

export interface ConvergeFigures {
  editsEach: number;
  /** Milliseconds from the second device going online until both hold both sides' edits, fsync'd. */
  runsMs: number[];
  medianMs: number;
}

interface Device {
  dir: string;
  host: JournalHost;
  devices: PairedDevices;
  service: SyncService;
  port: number;
}

const DAY = new Date('2026-11-20T09:00:00Z');
const journalOf = (d: Device) => () => ({
  doc: d.host.doc,
  identity: d.host.identity,
  whenFlushed: () => d.host.store.whenFlushed(),
});

async function device(): Promise<Device> {
  const dir = await mkdtemp(join(tmpdir(), 'rapport-bench-sync-'));
  const host = await JournalHost.open(dir);
  const devices = await PairedDevices.open(join(dir, PAIRED_DEVICES_FILE), filePermissionSealer);
  const d = { dir, host, devices, port: 0 } as Device;
  return d;
}

async function online(d: Device): Promise<void> {
  d.service = new SyncService({ devices: d.devices, journal: journalOf(d), log: () => undefined });
  const address = await d.service.start({ host: '127.0.0.1', port: d.port });
  d.port = Number(address.slice(address.lastIndexOf(':') + 1));
}

/** Offline edits as people make them: mostly field changes on people both know, now and then someone new. */
function edit(doc: Y.Doc, ids: readonly string[], count: number, who: string): void {
  for (let i = 0; i < count; i += 1) {
    if (i % 10 === 9) createContact(doc, { name: `${who} met ${i}` }, DAY);
    else updateContact(doc, ids[(i * 7) % ids.length]!, { role: `${who} ${i}`, company: `Firm ${i % 31}` }, DAY);
  }
}

const same = (a: Device, b: Device): boolean =>
  Buffer.from(Y.encodeStateVector(a.host.doc)).equals(Buffer.from(Y.encodeStateVector(b.host.doc)));

function converged(a: Device, b: Device): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      const upToDate = (d: Device) => d.service.devices()[0]?.state === 'up-to-date';
      if (upToDate(a) && upToDate(b) && same(a, b)) {
        clearInterval(timer);
        resolve();
      }
    };
    const timer = setInterval(check, 1);
  });
}

/** One run: pair two devices on one journal, take both offline, edit on both, then time their meeting. */
async function once(editsEach: number): Promise<number> {
  const a = await device();
  const b = await device();
  try {
    for (let i = 0; i < 200; i += 1) createContact(a.host.doc, { name: `Person ${i}` }, DAY);
    await b.host.replaceWith(Y.encodeStateAsUpdate(a.host.doc)); // one journal on both, as after pairing
    await online(a);
    await online(b);
    const offer = a.service.offerPairing();
    await b.service.pair(offer.code, offer.address);
    await converged(a, b);
    await b.service.stop();
    await a.service.stop();
    const ids = listContacts(a.host.doc).map((c) => c.id);
    edit(a.host.doc, ids, editsEach, 'A');
    edit(b.host.doc, ids, editsEach, 'B');
    await Promise.all([a.host.store.whenFlushed(), b.host.store.whenFlushed()]);
    await online(a);
    const started = performance.now();
    await online(b); // b reaches a at the address it paired with
    await converged(a, b);
    const ms = performance.now() - started;
    if (listContacts(a.host.doc).length !== 200 + (editsEach / 10) * 2) throw new Error('An edit is missing.');
    return ms;
  } finally {
    for (const d of [a, b]) {
      await d.service?.stop();
      await d.host.close();
      await rm(d.dir, { recursive: true, force: true });
    }
  }
}

export async function measureConverge(editsEach: number, runs: number): Promise<ConvergeFigures> {
  await once(editsEach); // warm-up
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i += 1) runsMs.push(await once(editsEach));
  return { editsEach, runsMs, medianMs: percentile(runsMs, 50) };
}
