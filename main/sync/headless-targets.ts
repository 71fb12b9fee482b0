// What `rapport sync` syncs with: every paired device this folder can reach at a stored host:port. The list is
// the seam for more kinds of target (a relay room joins it as `{ kind: 'relay', … }` with its own runner).
import type { PairedDevices } from './paired-devices';

export type SyncTarget = { kind: 'peer'; device: string; name: string; address: string };

export function syncTargets(devices: PairedDevices): SyncTarget[] {
  return devices
    .list()
    .filter((d) => d.address !== undefined)
    .map((d) => ({ kind: 'peer' as const, device: d.device, name: d.name, address: d.address! }));
}
