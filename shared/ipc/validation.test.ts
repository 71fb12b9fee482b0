import { describe, expect, it } from 'vitest';
import { INVOKE_VALIDATORS } from './validation';

describe('IPC argument validation', () => {
  it('accepts only a plain backup file name for a restore', () => {
    const ok = (name: unknown): boolean => INVOKE_VALIDATORS.restoreBackup.safeParse([name]).success;
    expect(ok('rapport-2026-11-29T08-00-00-250Z-daily.rapport')).toBe(true);
    for (const bad of [
      '../journal.rapport',
      '..rapport-x.rapport',
      '/etc/x.rapport',
      'backups/x.rapport',
      'C:\\x.rapport',
      'x.rapport\n',
      '',
      42,
    ]) {
      expect(ok(bad)).toBe(false);
    }
  });

  it('takes a sync message with its epoch, and an export format from the list', () => {
    expect(INVOKE_VALIDATORS.docMessage.safeParse([new Uint8Array([0, 0]), 3]).success).toBe(true);
    expect(INVOKE_VALIDATORS.docMessage.safeParse([new Uint8Array([0, 0])]).success).toBe(false);
    expect(INVOKE_VALIDATORS.docMessage.safeParse([new Uint8Array([0, 0]), -1]).success).toBe(false);
    expect(INVOKE_VALIDATORS.exportJournal.safeParse(['json']).success).toBe(true);
    expect(INVOKE_VALIDATORS.exportJournal.safeParse(['pdf']).success).toBe(false);
  });

  it('takes a language and a theme only from their lists for this computer’s settings', () => {
    const ok = (change: unknown): boolean => INVOKE_VALIDATORS.updateDeviceSettings.safeParse([change]).success;
    expect(ok({ language: 'sv' })).toBe(true);
    expect(ok({ theme: 'dark', closeToTray: false })).toBe(true);
    expect(ok({ language: 'de' })).toBe(false);
    expect(ok({ theme: 'sepia' })).toBe(false);
    expect(ok({ trayNoticeDismissed: true })).toBe(false);
  });
});
