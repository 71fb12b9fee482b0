// `rapport sync [--once]`: syncs this folder with every paired device it can reach and the relay, when one is
// set (see ../sync/headless-targets). --once: one checked sync with each, then exit (0 when all are in step);
// otherwise it keeps every link up, reconnecting with back-off, and says when a state changes, until Ctrl+C.
import { syncOnce } from '../sync/headless-once';
import { relayOnce } from '../sync/headless-relay';
import { syncTargets, type SyncTarget } from '../sync/headless-targets';
import type { HeadlessPeer } from '../sync/headless-peer';
import type { SyncLog } from '../sync/sync-log';
import { cliSyncLog, openPeer, untilStopped, type Folder } from './sync-access';
import { printOnce, printRelayOnce } from './once-report';
import { keepRelay } from './relay-watch';
import { EXIT, type CliIo, type ExitCode } from './output';

const STATE_WORDS = {
  offline: 'not connected',
  syncing: 'syncing',
  'up-to-date': 'up to date',
  refused: 'refused',
} as const;

export async function syncCommand(folder: Folder, once: boolean, io: CliIo): Promise<ExitCode> {
  const log = cliSyncLog('sync', io.err);
  const peer = await openPeer(folder, { log });
  try {
    const targets = syncTargets(peer.devices);
    if (targets.length === 0) {
      const reaching = peer.devices.list().map((d) => d.name);
      io.out(
        reaching.length === 0
          ? 'No paired devices or relay to sync with. Pair one first (rapport pair CODE --address host:port) ' +
              'or set a relay (rapport relay set wss://host/).'
          : `The devices paired with this folder (${reaching.join(', ')}) connect to it: run \`rapport serve\` so they can sync.`,
      );
      return EXIT.ok;
    }
    if (once) {
      let allInStep = true;
      for (const target of targets) allInStep = (await runOnce(peer, target, io, log)) && allInStep;
      return allInStep ? EXIT.ok : EXIT.badInput;
    }
    const said = new Map<string, string>();
    peer.service.onChange(() => {
      for (const device of peer.service.devices()) {
        const words = STATE_WORDS[device.state];
        if (said.get(device.device) === words) continue;
        said.set(device.device, words);
        io.out(
          `${device.name}: ${words}${device.state === 'refused' && device.lastError ? ` (${device.lastError})` : ''}`,
        );
      }
    });
    const names = targets.map((t) => (t.kind === 'peer' ? t.name : `the relay ${t.url}`));
    io.out(`Syncing the journal in ${folder.dir} with ${names.join(', ')}. Ctrl+C stops.`);
    peer.service.reachPaired();
    const relay = keepRelay(peer, io, log);
    try {
      await untilStopped();
    } finally {
      relay?.stop();
    }
    io.out('Stopping…');
    return EXIT.ok;
  } finally {
    await peer.close();
  }
}

function runOnce(peer: HeadlessPeer, target: SyncTarget, io: CliIo, log: SyncLog): Promise<boolean> {
  switch (target.kind) {
    case 'peer':
      return syncOnce(peer, target.device).then((report) => printOnce(target, report, peer, io));
    case 'relay':
      return relayOnce(peer, { log }).then((report) => printRelayOnce(target, report, io));
  }
}
