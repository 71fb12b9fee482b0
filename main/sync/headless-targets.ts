// What `rapport sync` syncs with: every paired device this folder can reach at a stored host:port, and the
// relay room when one is set (each kind has its own runner: ./headless-once, ./headless-relay).
import type { PairedDevices } from './paired-devices';

export type SyncTarget =
  { kind: 'peer'; device: string; name: string; address: string } | { kind: 'relay'; url: string; room: string };

export function syncTargets(devices: PairedDevices): SyncTarget[] {
  const peers: SyncTarget[] = devices
    .list()
    .filter((d) => d.address !== undefined)
    .map((d) => ({ kind: 'peer' as const, device: d.device, name: d.name, address: d.address! }));
  const relay = devices.relay;
  return relay ? [...peers, { kind: 'relay', url: relay.url, room: relay.room }] : peers;
}
