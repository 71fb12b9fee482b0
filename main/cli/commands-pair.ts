// `rapport pair CODE --address host:port`: pairs this folder with a device that offered the code (a
// `rapport serve` or the app's Add device), with the app's Join rules: an empty journal takes the other's;
// one with content is backed up and merged into the other's (only with --merge); then one sync, checked.
// The other device's relay, handed over in the pairing, is kept here once this folder holds its journal.
import { existsSync } from 'node:fs';
import { rm, rmdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { counts } from '@shared/schema';
import { holdsEntities } from '@shared/sync/adopt-plan';
import { BackupService } from '../backup/backup-service';
import { RestoreService } from '../backup/restore-service';
import { adoptJournal } from '../sync/adopt-journal';
import { adoptSharedRelay } from '../sync/relay';
import { parsePairingCode, PairingCodeError } from '../sync/pairing-code';
import { syncOnce } from '../sync/headless-once';
import type { HeadlessPeer } from '../sync/headless-peer';
import { cliSyncLog, deviceFileOf, openPeer, type Folder } from './sync-access';
import { printOnce } from './once-report';
import { CliError, EXIT, type CliIo, type ExitCode } from './output';

export async function pairCommand(
  folder: Folder,
  code: string | undefined,
  address: string | undefined,
  merge: boolean,
  io: CliIo,
): Promise<ExitCode> {
  if (!code || !address)
    throw new CliError(
      'Pair with what? rapport pair CODE --address host:port (`rapport serve` prints both)',
      EXIT.usage,
    );
  try {
    parsePairingCode(code);
  } catch (error) {
    if (error instanceof PairingCodeError) throw new CliError(`${error.message} Nothing was stored.`, EXIT.badInput);
    throw error;
  }
  const existed = { dir: existsSync(folder.dir), devices: existsSync(deviceFileOf(folder)) };
  const log = cliSyncLog('pair', io.err);
  const peer = await openPeer(folder, {
    // A refused code is said once, below; "another journal" is what the adoption that follows is for.
    log: (entry) => {
      if (!entry.event.startsWith('outgoing handshake refused') && entry.event !== 'sync refused: other-journal')
        log(entry);
    },
  });
  let paired: Awaited<ReturnType<HeadlessPeer['service']['pair']>>;
  const hadRelay = peer.devices.relay !== undefined;
  try {
    if (holdsEntities(peer.host.doc) && !merge)
      throw new CliError(
        `This folder's journal already holds ${describe(peer)}. Pairing backs it up, then merges it into the ` +
          'other device’s journal entity by entity, and the folder then holds that journal. Run again with --merge ' +
          'to agree. Nothing was stored.',
        EXIT.badInput,
      );
    paired = await peer.service.pair(code, address);
  } catch (error) {
    await peer.close();
    await undo(folder, existed);
    if (error instanceof CliError) throw error;
    throw new CliError(`${error instanceof Error ? error.message : String(error)} Nothing was stored.`, EXIT.badInput);
  }
  try {
    await peer.service.stop(); // the first conversation ends here; the sync below is the checked one
    io.out(`Paired with ${paired.name} (${address}).`);
    if (paired.otherJournal) await adopt(peer, paired.device, paired.name, io);
    const report = await syncOnce(peer, paired.device);
    const relay = peer.devices.relay;
    if (!hadRelay && relay)
      io.out(`Took ${paired.name}'s relay: ${relay.url} (room ${relay.room}); \`rapport sync\` syncs through it too.`);
    return printOnce({ device: paired.device, name: paired.name, address }, report, peer, io) ? EXIT.ok : EXIT.badInput;
  } finally {
    await peer.close();
  }
}

/** The app's "Two journals", said plainly: what this folder's journal was, and what it holds now. */
async function adopt(peer: HeadlessPeer, device: string, name: string, io: CliIo): Promise<void> {
  const had = holdsEntities(peer.host.doc) ? describe(peer) : undefined;
  const host = peer.host;
  const restorer = new RestoreService(host, new BackupService(host.dataDir, () => host.doc), () => undefined);
  const backup = await adoptJournal(peer.service, device, restorer, () => host.doc).catch((error: unknown) => {
    throw new CliError(
      `Paired with ${name}, but its journal could not be taken over: ${error instanceof Error ? error.message : String(error)}`,
      EXIT.badInput,
    );
  });
  // The relay the host handed over waited for this: now this folder holds the journal that room carries.
  const offered = peer.service.takeOfferedRelay(device);
  if (offered)
    await adoptSharedRelay(peer.devices, offered).catch((error: unknown) =>
      io.err(`rapport pair: ${name}'s relay was not kept: ${error instanceof Error ? error.message : String(error)}`),
    );
  if (had && backup) {
    io.out(`This folder's journal (${had}) was backed up as ${backup.path},`);
    io.out(`then merged into ${name}'s journal. This folder now holds that journal: ${describe(peer)}.`);
  } else io.out(`This folder's journal was empty, so it took ${name}'s journal: ${describe(peer)}.`);
}

const WORDS = {
  contacts: ['contact', 'contacts'],
  interactions: ['interaction', 'interactions'],
  goals: ['goal', 'goals'],
  events: ['event', 'events'],
  circles: ['circle', 'circles'],
  reflections: ['reflection', 'reflections'],
  inbox: ['inbox note', 'inbox notes'],
} as const;

function describe(peer: HeadlessPeer): string {
  const live = Object.entries(counts(peer.host.doc)).filter(([, n]) => n > 0);
  return live.length
    ? live.map(([kind, n]) => `${n} ${WORDS[kind as keyof typeof WORDS][n === 1 ? 0 : 1]}`).join(', ')
    : 'nothing yet';
}

/** A failed pairing leaves the folder as it was: what this run created is removed again. */
async function undo(folder: Folder, existed: { dir: boolean; devices: boolean }): Promise<void> {
  if (!existed.dir) await rm(folder.dir, { recursive: true, force: true });
  else if (!existed.devices) {
    await rm(deviceFileOf(folder), { force: true });
    await rmdir(dirname(deviceFileOf(folder))).catch(() => undefined); // .app-profile, when it is empty
  }
}
