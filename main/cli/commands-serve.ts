// `rapport serve`: an always-on peer (a home server that is on when the laptops are not). Listens, prints its
// address and a one-time pairing code, and keeps a fresh code on offer: a new one after each pairing, after a
// wrong attempt (which uses a code up) and when one expires. With a relay set it syncs through it too, bridging
// the local network and the relay (./relay-watch). Stops cleanly on Ctrl+C or SIGTERM.
import type { SyncLogEntry } from '../sync/sync-log';
import type { RelayClient } from '../sync/relay';
import { cliSyncLog, openPeer, untilStopped, type Folder } from './sync-access';
import { keepRelay } from './relay-watch';
import { CliError, EXIT, type CliIo, type ExitCode } from './output';

export async function serveCommand(
  folder: Folder,
  options: { host?: string; port?: string },
  io: CliIo,
): Promise<ExitCode> {
  const port = options.port === undefined ? undefined : Number(options.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535))
    throw new CliError(`--port needs a number from 0 to 65535, not "${options.port}".`, EXIT.usage);
  let offerNew = (): void => undefined;
  const log = cliSyncLog('serve', io.err);
  const peer = await openPeer(folder, {
    log: (entry: SyncLogEntry) => {
      log(entry);
      if (entry.event === 'incoming handshake refused: code') offerNew();
    },
  });
  let expiry: NodeJS.Timeout | undefined;
  let relay: RelayClient | undefined;
  try {
    const bind = { host: options.host ?? '0.0.0.0', port: port ?? peer.devices.sync.port };
    const address = await peer.service.start(bind).catch((error: unknown) => {
      throw new CliError(
        `Cannot listen on ${bind.host}:${bind.port}: ${error instanceof Error ? error.message : String(error)}`,
        EXIT.badInput,
      );
    });
    // The port is kept, so paired devices find this folder at the same address after a restart.
    await peer.devices.setSync({ port: Number(address.slice(address.lastIndexOf(':') + 1)) });
    io.out(`Serving the journal in ${folder.dir} as "${peer.devices.self.name}".`);
    io.out(`Listening on ${address}`);
    const sealedAway = peer.devices.list().filter((d) => !peer.devices.keyFor(d.device));
    if (sealedAway.length > 0)
      io.out(
        `${sealedAway.map((d) => d.name).join(', ')} paired in the app, whose keys are in the system keychain; ` +
          'the command line cannot open them, so pair those devices again with the code below.',
      );
    offerNew = () => {
      clearTimeout(expiry);
      const offer = peer.service.offerPairing();
      io.out(`Pairing code: ${offer.code}`);
      io.out(`(good for one pairing until ${offer.expiresAt.toISOString()}; on the other device: Join with a code)`);
      expiry = setTimeout(offerNew, offer.expiresAt.getTime() - Date.now());
    };
    offerNew();
    relay = keepRelay(peer, io, log);
    const known = new Set(peer.devices.list().map((d) => d.device));
    peer.service.onChange(() => {
      for (const device of peer.devices.list()) {
        if (known.has(device.device)) continue;
        known.add(device.device);
        io.out(`Paired with ${device.name}.`);
        offerNew();
      }
    });
    await untilStopped();
    io.out('Stopping…');
  } finally {
    offerNew = () => undefined;
    clearTimeout(expiry);
    relay?.stop();
    await peer.close();
  }
  io.out('Stopped. The journal is saved.');
  return EXIT.ok;
}
