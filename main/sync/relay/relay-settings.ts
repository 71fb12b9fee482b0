// The relay settings a person types (URL and room) and the relay key Rapport makes for them: checked before
// they are kept, stored beside the paired devices (the key sealed), and handed to a newly paired device.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { mt } from '../../app/main-i18n';
import type { PairedDevices } from '../paired-devices';
import { RELAY_KEY_BYTES } from './relay-blob';

const ROOM = /^[A-Za-z0-9._-]{1,100}$/;

/** The URL as y-websocket wants it (no trailing slash); throws a sentence naming the problem. */
export function checkRelayUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error(mt('relay.badUrl', { text }));
  }
  const plainParts = url.username === '' && url.password === '' && url.search === '' && url.hash === '';
  if ((url.protocol !== 'wss:' && url.protocol !== 'ws:') || !url.hostname || !plainParts)
    throw new Error(mt('relay.badUrl', { text }));
  return url.toString().replace(/\/+$/, '');
}

export function checkRoom(text: string): string {
  const room = text.trim();
  if (!ROOM.test(room)) throw new Error(mt('relay.badRoom'));
  return room;
}

/** A room name no one guesses by chance (the room name is visible to the relay; it is not a secret). */
export const suggestRoom = (): string =>
  `rapport-${randomBytes(9)
    .toString('base64url')
    .replace(/[^A-Za-z0-9]/g, 'x')}`;

/**
 * Keeps the relay a person chose. The relay key is made on the first save and kept after; an empty URL
 * forgets the relay (and its key). An empty room gets one that is hard to guess.
 */
export async function saveRelaySettings(devices: PairedDevices, change: { url: string; room: string }): Promise<void> {
  if (change.url.trim() === '') return devices.setRelay(undefined);
  const url = checkRelayUrl(change.url);
  const room = change.room.trim() === '' ? suggestRoom() : checkRoom(change.room);
  const key = devices.relayKey() ?? randomBytes(RELAY_KEY_BYTES);
  await devices.setRelay({ url, room, key });
}

/** The relay settings as they cross the (already encrypted) pairing channel. */
export const sharedRelaySchema = z.strictObject({
  url: z.string().max(2048),
  room: z.string().max(100),
  key: z.string().length(Math.ceil(RELAY_KEY_BYTES / 3) * 4),
});
export type SharedRelay = z.infer<typeof sharedRelaySchema>;

/** What a host hands a device that pairs with it; undefined without a relay (or an unreadable key). */
export function relayToShare(devices: PairedDevices): SharedRelay | undefined {
  const relay = devices.relay;
  const key = devices.relayKey();
  return relay && key ? { url: relay.url, room: relay.room, key: key.toString('base64') } : undefined;
}

/** Keeps the host's relay on a device that just paired, unless it already syncs through one of its own. */
export async function adoptSharedRelay(devices: PairedDevices, shared: SharedRelay): Promise<boolean> {
  if (devices.relay) return false;
  const key = Buffer.from(shared.key, 'base64');
  if (key.length !== RELAY_KEY_BYTES) return false;
  await devices.setRelay({ url: checkRelayUrl(shared.url), room: checkRoom(shared.room), key });
  return true;
}
