// The relay while `rapport serve` or `rapport sync` runs: started beside the LAN links, and each change of its
// state said once on its own line (so a home server bridges the local network and the relay).
import { refusalText, startHeadlessRelay } from '../sync/headless-relay';
import type { HeadlessPeer } from '../sync/headless-peer';
import type { RelayClient, RelayState } from '../sync/relay';
import type { SyncLog } from '../sync/sync-log';
import type { CliIo } from './output';

export const RELAY_STATE_WORDS: Record<RelayState, string> = {
  connecting: 'not connected (Rapport keeps trying)',
  syncing: 'syncing',
  'up-to-date': 'up to date',
  refused: 'refused',
};

/** Starts the relay set for this folder, if any; stop it with the client's `stop()`. */
export function keepRelay(peer: HeadlessPeer, io: CliIo, log: SyncLog): RelayClient | undefined {
  const relay = peer.devices.relay;
  if (!relay) return undefined;
  let said = '';
  const { client, problem } = startHeadlessRelay(peer, {
    log,
    onChange: (status) => {
      const why = status.state === 'refused' ? refusalText(status) : undefined;
      const words = `Relay ${relay.url}: ${RELAY_STATE_WORDS[status.state]}${why ? ` (${why})` : ''}`;
      if (words === said) return;
      said = words;
      io.out(words);
    },
  });
  if (problem) io.err(`Relay ${relay.url}: not started — ${problem}`);
  return client;
}
