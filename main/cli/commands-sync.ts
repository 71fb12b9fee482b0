// `rapport sync [--once]`: syncs this folder with every paired device it can reach (see ../sync/headless-targets).
// --once: one checked sync with each, then exit (0 when all are in step); otherwise it keeps every link
// up, reconnecting with back-off, and says when a device's state changes, until Ctrl+C.
import { syncOnce } from '../sync/headless-once';
import { syncTargets, type SyncTarget } from '../sync/headless-targets';
import type { HeadlessPeer } from '../sync/headless-peer';
import { cliSyncLog, openPeer, untilStopped, type Folder } from './sync-access';
import { printOnce } from './once-report';
import { EXIT, type CliIo, type ExitCode } from './output';

const STATE_WORDS = {
  offline: 'not connected',
  syncing: 'syncing',
  'up-to-date': 'up to date',
  refused: 'refused',
} as const;

export async function syncCommand(folder: Folder, once: boolean, io: CliIo): Promise<ExitCode> {
  const peer = await openPeer(folder, { log: cliSyncLog('sync', io.err) });
  try {
    const targets = syncTargets(peer.devices);
    if (targets.length === 0) {
      const reaching = peer.devices.list().map((d) => d.name);
      io.out(
        reaching.length === 0
          ? 'No paired devices to sync with. Pair one first: rapport pair CODE --address host:port'
          : `The devices paired with this folder (${reaching.join(', ')}) connect to it: run \`rapport serve\` so they can sync.`,
      );
      return EXIT.ok;
    }
    if (once) {
      let allInStep = true;
      for (const target of targets) allInStep = (await runOnce(peer, target, io)) && allInStep;
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
    io.out(`Syncing the journal in ${folder.dir} with ${targets.map((t) => t.name).join(', ')}. Ctrl+C stops.`);
    peer.service.reachPaired();
    await untilStopped();
    io.out('Stopping…');
    return EXIT.ok;
  } finally {
    await peer.close();
  }
}

function runOnce(peer: HeadlessPeer, target: SyncTarget, io: CliIo): Promise<boolean> {
  switch (target.kind) {
    case 'peer':
      return syncOnce(peer, target.device).then((report) => printOnce(target, report, peer, io));
  }
}
