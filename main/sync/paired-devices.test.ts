// The paired-device file: owner-only, keys sealed by the chosen adapter (safeStorage where available), never
// handed out by list(), and a damaged file is refused rather than replaced (it holds the keys).
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanTempDirs, tempDir } from '../store/store-test-helpers';
import { PairedDevices, PAIRED_DEVICES_FILE } from './paired-devices';
import { chooseSealer, filePermissionSealer, type SafeStorageLike } from './secret-sealer';

afterEach(cleanTempDirs);

const peer = { device: '5b0e7f7e-2f7a-4c38-9f3e-0d6d3c8e2a11', name: 'Laptop', address: '127.0.0.1:4000' };
const now = new Date('2026-11-30T10:00:00Z');

/** A stand-in for Electron's safeStorage: reversible, but visibly not the plain text. */
function fakeSafeStorage(available: boolean): SafeStorageLike & { calls: number } {
  return {
    calls: 0,
    isEncryptionAvailable: () => available,
    encryptString(plain) {
      this.calls += 1;
      return Buffer.from(`sealed:${Buffer.from(plain).reverse().toString('latin1')}`, 'latin1');
    },
    decryptString: (encrypted) =>
      Buffer.from(encrypted.toString('latin1').slice('sealed:'.length), 'latin1').reverse().toString('latin1'),
  };
}

describe('paired devices', () => {
  it('keeps this computer’s identity and its peers in a file only the owner can read', async () => {
    const path = join(tempDir(), PAIRED_DEVICES_FILE);
    const devices = await PairedDevices.open(path, filePermissionSealer);
    const key = randomBytes(32);
    await devices.add({ ...peer, key }, now);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(devices.list()).toEqual([{ ...peer, pairedAt: now.toISOString() }]);
    expect(JSON.stringify(devices.list())).not.toContain(key.toString('base64'));

    const again = await PairedDevices.open(path, filePermissionSealer);
    expect(again.self).toEqual(devices.self);
    expect(again.keyFor(peer.device)).toEqual(key);
  });

  it('tightens a file someone made readable to others', async () => {
    const path = join(tempDir(), PAIRED_DEVICES_FILE);
    await PairedDevices.open(path, filePermissionSealer);
    chmodSync(path, 0o644);
    await PairedDevices.open(path, filePermissionSealer);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('seals keys with safeStorage when the OS offers it, and the key is not in the file', async () => {
    const path = join(tempDir(), PAIRED_DEVICES_FILE);
    const safe = fakeSafeStorage(true);
    const sealer = chooseSealer(safe);
    expect(sealer.kind).toBe('safe-storage');
    const devices = await PairedDevices.open(path, sealer);
    const key = randomBytes(32);
    await devices.add({ ...peer, key }, now);
    expect(safe.calls).toBe(1);
    expect(readFileSync(path, 'utf8')).not.toContain(key.toString('base64'));
    expect(devices.keyFor(peer.device)).toEqual(key);
    // Without safeStorage the sealed key cannot be used: the device must be paired again, nothing is guessed.
    const elsewhere = await PairedDevices.open(path, chooseSealer(fakeSafeStorage(false)));
    expect(elsewhere.keyFor(peer.device)).toBeUndefined();
  });

  it('records the last sync and the last error, and forgets a device on unpair', async () => {
    const path = join(tempDir(), PAIRED_DEVICES_FILE);
    const devices = await PairedDevices.open(path, filePermissionSealer);
    await devices.add({ ...peer, key: randomBytes(32) }, now);
    await devices.record(peer.device, { lastError: 'Not reachable.' });
    expect(devices.get(peer.device)?.lastError).toBe('Not reachable.');
    await devices.record(peer.device, { lastSyncedAt: now, lastError: null });
    expect(devices.get(peer.device)).toMatchObject({ lastSyncedAt: now.toISOString() });
    expect(devices.get(peer.device)?.lastError).toBeUndefined();
    await devices.remove(peer.device);
    expect(devices.keyFor(peer.device)).toBeUndefined();
    expect((await PairedDevices.open(path, filePermissionSealer)).list()).toEqual([]);
  });

  it('refuses a damaged file and leaves it as it was', async () => {
    const path = join(tempDir(), PAIRED_DEVICES_FILE);
    writeFileSync(path, '{"version": 1, "peers": "oops"', { mode: 0o600 });
    await expect(PairedDevices.open(path, filePermissionSealer)).rejects.toThrow(/damaged; sync stays off/);
    expect(readFileSync(path, 'utf8')).toBe('{"version": 1, "peers": "oops"');
  });
});
