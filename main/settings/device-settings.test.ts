import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultDeviceSettings, DeviceSettingsStore, DEVICE_SETTINGS_FILE, parseSettings } from './device-settings';

let dir: string;
let file: string;
const now = new Date('2026-11-30T10:00:00Z');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rapport-settings-'));
  file = join(dir, DEVICE_SETTINGS_FILE);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('device settings', () => {
  it('start with the defaults when there is no file yet, and say nothing', async () => {
    const store = await DeviceSettingsStore.open(file, now);
    expect(store.get()).toEqual({
      version: 1,
      closeToTray: true,
      trayNoticeDismissed: false,
      language: 'system',
      theme: 'system',
      reminders: true,
      reminderTime: '09:00',
      openAtLogin: false,
      spellcheck: false,
      spellcheckLanguages: ['sv', 'en'],
      quickNoteShortcut: 'CommandOrControl+Shift+Space',
    });
    expect(store.problem).toBeUndefined();
  });

  it('keep a change across a restart', async () => {
    const store = await DeviceSettingsStore.open(file, now);
    await store.update({ closeToTray: false });
    const again = await DeviceSettingsStore.open(file, now);
    expect(again.get().closeToTray).toBe(false);
    expect(again.get().trayNoticeDismissed).toBe(false);
  });

  it('keep the chosen language and theme across a restart', async () => {
    const store = await DeviceSettingsStore.open(file, now);
    await store.update({ language: 'sv', theme: 'dark' });
    const again = await DeviceSettingsStore.open(file, now);
    expect(again.get()).toMatchObject({ language: 'sv', theme: 'dark', closeToTray: true });
  });

  it('read a file from before language and theme existed with both following the system', () => {
    expect(parseSettings('{"version":1,"closeToTray":false}')).toMatchObject({
      closeToTray: false,
      language: 'system',
      theme: 'system',
    });
  });

  it('follow the system for a language or theme this Rapport does not know, and keep the rest', () => {
    expect(parseSettings('{"version":1,"closeToTray":false,"language":"de"}')).toMatchObject({
      closeToTray: false,
      language: 'system',
    });
    expect(parseSettings('{"version":1,"theme":"sepia"}')).toMatchObject({ theme: 'system' });
    expect(parseSettings('{"version":1,"language":"en","theme":"light"}')).toMatchObject({
      language: 'en',
      theme: 'light',
    });
  });

  it('keep a chosen quick-note shortcut, and read one this Rapport refuses as the default', async () => {
    const store = await DeviceSettingsStore.open(file, now);
    await store.update({ quickNoteShortcut: 'CommandOrControl+Alt+N' });
    expect((await DeviceSettingsStore.open(file, now)).get().quickNoteShortcut).toBe('CommandOrControl+Alt+N');
    for (const bad of ['"Shift+N"', '42', '"Ctrl+Ctrl+N"']) {
      expect(parseSettings(`{"version":1,"closeToTray":false,"quickNoteShortcut":${bad}}`)).toMatchObject({
        closeToTray: false,
        quickNoteShortcut: 'CommandOrControl+Shift+Space',
      });
    }
  });

  it('fall back to the defaults on a damaged file, keep it aside and write a good one', async () => {
    await writeFile(file, '{"closeToTray": fal');
    const store = await DeviceSettingsStore.open(file, now);
    expect(store.get()).toEqual(defaultDeviceSettings());
    expect(store.problem?.message).toContain('damaged');
    const aside = (await readdir(dir)).filter((name) => name.includes('.damaged-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(dir, aside[0]!), 'utf8')).toBe('{"closeToTray": fal');
    expect(parseSettings(await readFile(file, 'utf8'))).toEqual(defaultDeviceSettings());
  });

  it('fall back to the defaults when a value has the wrong type', async () => {
    await writeFile(file, JSON.stringify({ version: 1, closeToTray: 'no', trayNoticeDismissed: true }));
    const store = await DeviceSettingsStore.open(file, now);
    expect(store.get()).toEqual(defaultDeviceSettings());
    expect(store.problem?.keptAs).toBeDefined();
  });

  it('fall back to the defaults when the file cannot be read, without touching it', async () => {
    await mkdir(file); // a folder where the file should be: reading it fails (EISDIR), as for a locked file
    const store = await DeviceSettingsStore.open(file, now);
    expect(store.get()).toEqual(defaultDeviceSettings());
    expect(store.problem?.message).toContain('could not be read');
    expect(store.problem?.keptAs).toBeUndefined();
  });

  it('keep settings a newer Rapport wrote, so they survive a run of this one', async () => {
    await writeFile(file, JSON.stringify({ version: 1, closeToTray: true, theme: 'dark' }));
    const store = await DeviceSettingsStore.open(file, now);
    await store.update({ trayNoticeDismissed: true });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ theme: 'dark', trayNoticeDismissed: true });
  });

  it('write one change after another, the last one wins', async () => {
    const store = await DeviceSettingsStore.open(file, now);
    await Promise.all([store.update({ closeToTray: false }), store.update({ closeToTray: true })]);
    expect(parseSettings(await readFile(file, 'utf8'))?.closeToTray).toBe(true);
  });

  it('keep the reminder time, launch at login and the window bounds across a restart', async () => {
    const store = await DeviceSettingsStore.open(file, now);
    const windowBounds = { x: 40, y: 30, width: 1000, height: 700 };
    await store.update({ reminders: false, reminderTime: '07:45', openAtLogin: true, windowBounds });
    const again = await DeviceSettingsStore.open(file, now);
    expect(again.get()).toMatchObject({ reminders: false, reminderTime: '07:45', openAtLogin: true, windowBounds });
  });

  it('read a reminder time it cannot use as 09:00 and forget damaged window bounds, keeping the rest', () => {
    const text = JSON.stringify({ version: 1, closeToTray: false, reminderTime: '25:00', windowBounds: { x: 'a' } });
    const settings = parseSettings(text);
    expect(settings).toMatchObject({ closeToTray: false, reminderTime: '09:00' });
    expect(settings?.windowBounds).toBeUndefined();
  });
});
