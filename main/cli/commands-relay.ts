// `rapport relay` shows the relay this folder syncs through (URL, room, whether it can be reached now; never the
// key); `relay set URL [--room ROOM]` keeps one (its key is made on the first set and sealed like pair keys);
// `relay off` forgets it. Setting or forgetting writes the device file, so it takes the journal lock.
import { existsSync } from 'node:fs';
import WebSocket from 'ws';
import { saveRelaySettings } from '../sync/relay';
import { PairedDevices } from '../sync/paired-devices';
import { filePermissionSealer } from '../sync/secret-sealer';
import { deviceFileOf, openPeer, type Folder } from './sync-access';
import { CliError, EXIT, type CliIo, type ExitCode } from './output';

const PROBE_MS = 5_000;

export async function relayCommand(
  folder: Folder,
  action: string | undefined,
  url: string | undefined,
  room: string | undefined,
  io: CliIo,
): Promise<ExitCode> {
  if (action === undefined) return showRelay(folder, io);
  if (action === 'set') return setRelay(folder, url, room, io);
  if (action === 'off') return relayOff(folder, io);
  throw new CliError(
    `rapport relay ${action}? Use \`rapport relay\`, \`relay set URL [--room ROOM]\` or \`relay off\`.`,
    EXIT.usage,
  );
}

async function showRelay(folder: Folder, io: CliIo): Promise<ExitCode> {
  const file = deviceFileOf(folder);
  const devices = existsSync(file)
    ? await PairedDevices.open(file, filePermissionSealer).catch((error: unknown) => {
        throw new CliError(error instanceof Error ? error.message : String(error), EXIT.locked);
      })
    : undefined;
  const relay = devices?.relay;
  if (!devices || !relay) {
    io.out('No relay is set. Set one with: rapport relay set wss://host/ [--room ROOM]');
    return EXIT.ok;
  }
  io.out(`Relay: ${relay.url}`);
  io.out(`Room: ${relay.room}`);
  io.out(`Last synced: ${relay.lastSyncedAt ?? 'not yet'}`);
  if (!devices.relayKey())
    io.out('Key: set in the app, whose keys are in the system keychain; the command line cannot open it.');
  const reached = await probe(relay.url, relay.room);
  io.out(reached === true ? 'Connection: the relay can be reached now.' : `Connection: not connected — ${reached}.`);
  return EXIT.ok;
}

async function setRelay(
  folder: Folder,
  url: string | undefined,
  room: string | undefined,
  io: CliIo,
): Promise<ExitCode> {
  if (!url) throw new CliError('Which relay? rapport relay set wss://host/ [--room ROOM]', EXIT.usage);
  const peer = await openPeer(folder);
  try {
    const keep = room ?? peer.devices.relay?.room ?? '';
    const hadKey = peer.devices.relayKey() !== undefined;
    await saveRelaySettings(peer.devices, { url, room: keep }).catch((error: unknown) => {
      throw new CliError(
        `${error instanceof Error ? error.message : String(error)} Nothing was stored.`,
        EXIT.badInput,
      );
    });
    const relay = peer.devices.relay!;
    io.out(`Relay set: ${relay.url}, room ${relay.room}.`);
    io.out(
      hadKey
        ? 'The relay key stays as it was.'
        : 'A relay key was made for it; it stays on this computer and goes to devices that pair with this one.',
    );
    io.out('`rapport serve` and `rapport sync` sync through it from now on; the relay sees only ciphertext.');
    return EXIT.ok;
  } finally {
    await peer.close();
  }
}

async function relayOff(folder: Folder, io: CliIo): Promise<ExitCode> {
  const peer = await openPeer(folder);
  try {
    if (!peer.devices.relay) {
      io.out('No relay was set.');
      return EXIT.ok;
    }
    await saveRelaySettings(peer.devices, { url: '', room: '' });
    io.out('The relay is off, and its key is forgotten on this computer. What is in the room stays there, sealed.');
    return EXIT.ok;
  } finally {
    await peer.close();
  }
}

/** True when a WebSocket to the relay room opens within a few seconds, else why not (nothing is sent). */
function probe(url: string, room: string): Promise<true | string> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${url}/${encodeURIComponent(room)}`);
    const done = (result: true | string): void => {
      clearTimeout(timer);
      socket.removeAllListeners();
      socket.on('error', () => undefined);
      socket.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => done(`no answer within ${PROBE_MS / 1000} seconds`), PROBE_MS);
    socket.once('open', () => done(true));
    socket.once('error', (error) => done(`it cannot be reached (${error.message})`));
  });
}
