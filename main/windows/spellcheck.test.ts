// The spellchecker reaches the network only when chosen: off on Windows and Linux until then, the OS's own on macOS.
import { describe, expect, it } from 'vitest';
import {
  applySpellcheck,
  ELECTRON_DICTIONARY_HOST,
  NO_DICTIONARY_DOWNLOADS,
  spellcheckUsesOs,
  windowsSpellcheck,
} from './spellcheck';

function fakeSession() {
  const calls: string[] = [];
  return {
    calls,
    setSpellCheckerEnabled: (enabled: boolean) => calls.push(`enabled:${String(enabled)}`),
    setSpellCheckerDictionaryDownloadURL: (url: string) => calls.push(`url:${url}`),
    setSpellCheckerLanguages: (languages: string[]) => calls.push(`languages:${languages.join(',')}`),
  };
}

const OFF = { spellcheck: false, spellcheckLanguages: ['sv', 'en'] } as const;

describe('spellchecker', () => {
  it('uses the OS on macOS only', () => {
    expect(spellcheckUsesOs('darwin')).toBe(true);
    expect(spellcheckUsesOs('win32')).toBe(false);
    expect(spellcheckUsesOs('linux')).toBe(false);
  });

  it.each(['win32', 'linux'] as const)('is off on %s, with downloads pointed inside the app', (platform) => {
    const session = fakeSession();
    applySpellcheck(session, OFF, platform);
    expect(session.calls).toEqual(['enabled:false', `url:${NO_DICTIONARY_DOWNLOADS}`]);
    expect(NO_DICTIONARY_DOWNLOADS.startsWith('app://rapport/')).toBe(true);
    expect(windowsSpellcheck(platform)).toBe(false);
  });

  it.each(['win32', 'linux'] as const)(
    'once chosen on %s, fetches the chosen dictionaries from Electron',
    (platform) => {
      const session = fakeSession();
      applySpellcheck(session, { spellcheck: true, spellcheckLanguages: ['sv'] }, platform);
      expect(session.calls).toEqual([`url:${ELECTRON_DICTIONARY_HOST}`, 'languages:sv', 'enabled:true']);
      expect(windowsSpellcheck(platform)).toBe(true);
      applySpellcheck(session, { spellcheck: true, spellcheckLanguages: [] }, platform);
      expect(session.calls.slice(-2)).toEqual(['enabled:false', `url:${NO_DICTIONARY_DOWNLOADS}`]);
      expect(windowsSpellcheck(platform)).toBe(false);
    },
  );

  it('is left to the OS on macOS', () => {
    const session = fakeSession();
    applySpellcheck(session, OFF, 'darwin');
    expect(session.calls).toEqual([]);
    expect(windowsSpellcheck('darwin')).toBe(true);
  });
});
