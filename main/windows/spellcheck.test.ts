// The spellchecker never reaches the network: off on Windows and Linux, the OS's own on macOS.
import { describe, expect, it } from 'vitest';
import { keepSpellcheckerOffline, NO_DICTIONARY_DOWNLOADS, spellcheckUsesOs } from './spellcheck';

function fakeSession() {
  const calls: string[] = [];
  return {
    calls,
    setSpellCheckerEnabled: (enabled: boolean) => calls.push(`enabled:${String(enabled)}`),
    setSpellCheckerDictionaryDownloadURL: (url: string) => calls.push(`url:${url}`),
  };
}

describe('spellchecker', () => {
  it('uses the OS on macOS only', () => {
    expect(spellcheckUsesOs('darwin')).toBe(true);
    expect(spellcheckUsesOs('win32')).toBe(false);
    expect(spellcheckUsesOs('linux')).toBe(false);
  });

  it.each(['win32', 'linux'] as const)('is off on %s, with downloads pointed inside the app', (platform) => {
    const session = fakeSession();
    keepSpellcheckerOffline(session, platform);
    expect(session.calls).toEqual([`url:${NO_DICTIONARY_DOWNLOADS}`, 'enabled:false']);
    expect(NO_DICTIONARY_DOWNLOADS.startsWith('app://rapport/')).toBe(true);
  });

  it('is left to the OS on macOS', () => {
    const session = fakeSession();
    keepSpellcheckerOffline(session, 'darwin');
    expect(session.calls).toEqual([]);
  });
});
