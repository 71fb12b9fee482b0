// `rapport devices` lists the devices this folder is paired with; `rapport unpair NAME` removes one (it is
// refused from then on). Unpairing writes the device file, so it takes the journal lock like any writer.
import { existsSync } from 'node:fs';
import { PairedDevices } from '../sync/paired-devices';
import { filePermissionSealer } from '../sync/secret-sealer';
import { deviceFileOf, openPeer, type Folder } from './sync-access';
import { CliError, EXIT, type CliIo, type ExitCode } from './output';

export async function devicesCommand(folder: Folder, io: CliIo): Promise<ExitCode> {
  const file = deviceFileOf(folder);
  if (!existsSync(file)) {
    io.out('No paired devices yet.');
    return EXIT.ok;
  }
  const devices = await PairedDevices.open(file, filePermissionSealer).catch((error: unknown) => {
    throw new CliError(error instanceof Error ? error.message : String(error), EXIT.locked);
  });
  io.out(`This device: ${devices.self.name}`);
  const list = devices.list();
  if (list.length === 0) io.out('No paired devices yet.');
  for (const device of list) {
    const synced = device.lastSyncedAt ? `last synced ${device.lastSyncedAt}` : 'not synced yet';
    const status = !devices.keyFor(device.device)
      ? 'paired in the app: its key is in the system keychain, which the command line cannot open'
      : (device.lastError ?? 'ok');
    io.out(`${device.name}\t${synced}\t${status}${device.address ? `\t${device.address}` : ''}`);
  }
  return EXIT.ok;
}

export async function unpairCommand(folder: Folder, name: string | undefined, io: CliIo): Promise<ExitCode> {
  if (!name) throw new CliError('Which device? rapport unpair NAME (see `rapport devices`)', EXIT.usage);
  const peer = await openPeer(folder);
  try {
    const all = peer.devices.list();
    const matches = all.filter((d) => d.device === name || d.name.toLowerCase() === name.toLowerCase());
    if (matches.length === 0)
      throw new CliError(
        `No paired device is called "${name}". Paired: ${all.map((d) => d.name).join(', ') || 'none'}.`,
        EXIT.badInput,
      );
    if (matches.length > 1)
      throw new CliError(
        `Several paired devices are called "${name}"; name one by its id: ${matches.map((d) => d.device).join(', ')}`,
        EXIT.badInput,
      );
    await peer.service.unpair(matches[0]!.device);
    io.out(`Unpaired ${matches[0]!.name}. It is refused from now on; pair again to sync with it.`);
    return EXIT.ok;
  } finally {
    await peer.close();
  }
}
