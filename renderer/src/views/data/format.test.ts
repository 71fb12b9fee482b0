import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { failureText, formatSize } from './format';

const t = ((key: string, options: { size: string }) =>
  `${options.size} ${key === 'data.sizeMb' ? 'MB' : 'KB'}`) as unknown as TFunction;

describe('Your data formatting', () => {
  it('writes sizes in KB below a megabyte and in MB above, in the UI language', () => {
    expect(formatSize(48_213, t, 'en')).toBe('47.1 KB');
    expect(formatSize(48_213, t, 'sv')).toBe('47,1 KB');
    expect(formatSize(12, t, 'en')).toBe('0.1 KB');
    expect(formatSize(0, t, 'en')).toBe('0 KB');
    expect(formatSize(5 * 1024 * 1024 + 300_000, t, 'en')).toBe('5.3 MB');
  });

  it('keeps only the sentence of an error that crossed IPC', () => {
    const ipc = new Error(
      "Error invoking remote method 'backup:restore': Error: x.rapport cannot be restored: Not a Rapport snapshot.",
    );
    expect(failureText(ipc)).toBe('x.rapport cannot be restored: Not a Rapport snapshot.');
    expect(failureText(new Error("Error invoking remote method 'export:save': RestoreError: busy"))).toBe('busy');
    expect(failureText('plain')).toBe('plain');
  });
});
