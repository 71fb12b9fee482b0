// Size limits at the IPC boundary: every argument a window can send has a bound, and an oversized one is
// refused with a message that says what the limit is. Also fuzzes every validator with arbitrary values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  INVOKE_CHANNELS,
  MAX_DOC_MESSAGE_BYTES,
  MAX_IMPORT_BYTES,
  MAX_QUICK_NOTE_CHARS,
  MAX_QUICK_NOTE_CONTACTS,
  MAX_SUGGEST_QUERY_CHARS,
  type InvokeName,
} from './contract';
import { INVOKE_VALIDATORS } from './validation';

/** The refusal main sends back (register.ts words it the same way), or undefined when accepted. */
function refusal(name: InvokeName, args: unknown[]): string | undefined {
  const parsed = INVOKE_VALIDATORS[name].safeParse(args);
  return parsed.success ? undefined : z.prettifyError(parsed.error).replace(/\s+/g, ' ');
}

const long = (n: number): string => 'a'.repeat(n);

describe('IPC size limits', () => {
  it('docMessage: a sync message over 64 MB is refused, one at the limit is taken', () => {
    expect(refusal('docMessage', [new Uint8Array(MAX_DOC_MESSAGE_BYTES), 1])).toBeUndefined();
    expect(refusal('docMessage', [new Uint8Array(MAX_DOC_MESSAGE_BYTES + 1), 1])).toMatch(/between 1 byte and 64 MB/);
    expect(refusal('docMessage', [new Uint8Array(0), 1])).toMatch(/between 1 byte and 64 MB/);
    expect(refusal('docMessage', [new Uint8Array([0]), Number.MAX_SAFE_INTEGER + 2])).toMatch(/too big/i);
  });

  it('previewImport: a file over 50 MB or a name over 1024 characters is refused', () => {
    expect(refusal('previewImport', ['a.csv', new Uint8Array(MAX_IMPORT_BYTES)])).toBeUndefined();
    expect(refusal('previewImport', ['a.csv', new Uint8Array(0)])).toBeUndefined();
    expect(refusal('previewImport', ['a.csv', new Uint8Array(MAX_IMPORT_BYTES + 1)])).toMatch(
      /an import file is at most 50 MB/,
    );
    expect(refusal('previewImport', [long(1025), new Uint8Array(1)])).toMatch(/<=1024 characters/);
  });

  it('openExternal: a link over 4096 characters is refused', () => {
    expect(refusal('openExternal', [`https://example.com/${long(4000)}`])).toBeUndefined();
    expect(refusal('openExternal', [`https://example.com/${long(4096)}`])).toMatch(/<=4096 characters/);
  });

  it('commitImport and cancelImport: a preview id over 100 characters is refused', () => {
    for (const name of ['commitImport', 'cancelImport'] as const) {
      expect(refusal(name, ['import-1'])).toBeUndefined();
      expect(refusal(name, [long(101)])).toMatch(/<=100 characters/);
    }
  });

  it('restoreBackup: a file name over 255 characters is refused', () => {
    expect(refusal('restoreBackup', [`${long(247)}.rapport`])).toBeUndefined();
    expect(refusal('restoreBackup', [`${long(248)}.rapport`])).toMatch(/<=255 characters/);
  });

  it('exportJournal: anything but a known format is refused, however long', () => {
    expect(refusal('exportJournal', [long(1_000_000)])).toMatch(/expected one of/i);
  });

  it('saveQuickNote: a blank note, a note over the limit and unknown fields are refused', () => {
    expect(refusal('saveQuickNote', [{ text: 'Ask Ana about the guild' }])).toBeUndefined();
    expect(refusal('saveQuickNote', [{ text: ' \n ' }])).toMatch(/has some text/);
    expect(refusal('saveQuickNote', [{ text: long(MAX_QUICK_NOTE_CHARS + 1) }])).toMatch(/<=50000 characters/);
    expect(refusal('saveQuickNote', [{ text: 'x', extra: 1 }])).toMatch(/unrecognized key/i);
  });

  it('saveQuickNote and suggestContacts: the people picked and the query are bounded', () => {
    expect(refusal('saveQuickNote', [{ text: 'Lunch', contactIds: ['c1', 'c2'] }])).toBeUndefined();
    expect(refusal('saveQuickNote', [{ text: 'Lunch', contactIds: ['c1', 'c1'] }])).toMatch(
      /each person is named once/,
    );
    expect(refusal('saveQuickNote', [{ text: 'Lunch', contactIds: [''] }])).toMatch(/>=1 characters/);
    expect(refusal('saveQuickNote', [{ text: 'Lunch', contactIds: [long(65)] }])).toMatch(/<=64 characters/);
    const many = Array.from({ length: MAX_QUICK_NOTE_CONTACTS + 1 }, (_, i) => `c${i}`);
    expect(refusal('saveQuickNote', [{ text: 'Lunch', contactIds: many }])).toMatch(/<=50 items/);
    expect(refusal('saveQuickNote', [{ text: 'Lunch', contactIds: 'c1' }])).toMatch(/expected array/i);
    expect(refusal('suggestContacts', ['em'])).toBeUndefined();
    expect(refusal('suggestContacts', [long(MAX_SUGGEST_QUERY_CHARS + 1)])).toMatch(/<=100 characters/);
    expect(refusal('suggestContacts', [3])).toMatch(/expected string/i);
    expect(refusal('suggestContacts', [])).toBeDefined();
  });

  it('updateDeviceSettings: a quick-note shortcut must be an accelerator Rapport accepts', () => {
    expect(refusal('updateDeviceSettings', [{ quickNoteShortcut: 'CommandOrControl+Alt+N' }])).toBeUndefined();
    expect(refusal('updateDeviceSettings', [{ quickNoteShortcut: 'Shift+N' }])).toMatch(/one key with Ctrl, Alt or ⌘/);
    expect(refusal('updateDeviceSettings', [{ quickNoteShortcut: long(61) }])).toMatch(/<=60 characters/);
  });

  it('calls without arguments refuse any argument, so nothing large rides along', () => {
    const bare = ['journalInfo', 'openQuickNote', 'closeWindow', 'openDataFolder', 'chooseImportFile'] as const;
    for (const name of [...bare, 'undoImport', 'listBackups', 'backupNow'] as const) {
      expect(refusal(name, [])).toBeUndefined();
      expect(refusal(name, [new Uint8Array(1024)]), name).toMatch(/too big|expected array to have <=0/i);
    }
  });

  it('every validator answers any value at all without throwing, and never takes more than the limits', () => {
    const names = Object.keys(INVOKE_CHANNELS) as InvokeName[];
    const value = fc.oneof(
      fc.anything(),
      fc.uint8Array({ maxLength: 64 }),
      fc.string({ maxLength: 300 }),
      fc.integer(),
      fc.double(),
    );
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(value, { maxLength: 3 }), (name, args) => {
        const parsed = INVOKE_VALIDATORS[name].safeParse(args);
        if (!parsed.success) return;
        for (const arg of parsed.data as unknown[]) {
          if (typeof arg === 'string') expect(arg.length).toBeLessThanOrEqual(4096);
          if (arg instanceof Uint8Array) expect(arg.byteLength).toBeLessThanOrEqual(MAX_DOC_MESSAGE_BYTES);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
