// Where the headless peer keeps its paired devices: the device file belongs to the journal folder, in the
// place the app uses for that folder, so two --data-dir journals never share one device identity.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairedDevicesFileFor } from './headless-peer';
import { PAIRED_DEVICES_FILE } from './paired-devices';

describe('the headless peer’s device file', () => {
  it('is the app’s for the same folder: DIR/.app-profile for a chosen folder, user data for the default', () => {
    // The app sets userData to DIR/.app-profile when a folder is chosen (main/index.ts), and keeps
    // sync-devices.json in userData (AppSync.open).
    expect(pairedDevicesFileFor('/j/A', true, '/home/u/.config/Rapport')).toBe(
      join('/j/A', '.app-profile', PAIRED_DEVICES_FILE),
    );
    expect(pairedDevicesFileFor('/home/u/.config/Rapport/journal', false, '/home/u/.config/Rapport')).toBe(
      join('/home/u/.config/Rapport', PAIRED_DEVICES_FILE),
    );
  });

  it('differs for two chosen folders', () => {
    expect(pairedDevicesFileFor('/j/A', true, '/u')).not.toBe(pairedDevicesFileFor('/j/B', true, '/u'));
  });
});
