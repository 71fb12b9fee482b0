// Spellchecking without the network unless the user chooses it. On macOS Chromium uses the OS spellchecker
// and downloads nothing, so it stays on. On Windows and Linux it downloads Hunspell dictionaries from
// Google's CDN: there it stays off, with the download URL pointed inside the app, until Settings turns it on.
import { APP_ORIGIN } from './app-protocol';
import type { SpellcheckLanguage } from '@shared/ipc/contract';

/** Where a dictionary download would go until the user opts in: the app's own origin, which serves none. */
export const NO_DICTIONARY_DOWNLOADS = `${APP_ORIGIN}/no-dictionary-downloads/`;

/** Electron's own dictionary host (its default download URL), used once the user chooses spellchecking. */
export const ELECTRON_DICTIONARY_HOST = 'https://redirector.gvt1.com/edgedl/chrome/dict/';

/** Chromium's names for the Hunspell dictionaries of Rapport's two languages. */
const DICTIONARIES: Record<SpellcheckLanguage, string> = { sv: 'sv', en: 'en-US' };

export interface SpellcheckerSession {
  setSpellCheckerEnabled(enabled: boolean): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
  setSpellCheckerLanguages(languages: string[]): void;
}

export interface SpellcheckChoice {
  spellcheck: boolean;
  spellcheckLanguages: readonly SpellcheckLanguage[];
}

/** True where spellchecking uses the operating system's own dictionaries and downloads nothing. */
export function spellcheckUsesOs(platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'darwin';
}

let chosen = false;

/** Whether windows created now check spelling: always on macOS, elsewhere once the user chose it. */
export function windowsSpellcheck(platform: NodeJS.Platform = process.platform): boolean {
  return spellcheckUsesOs(platform) || chosen;
}

/**
 * Call once the app is ready, before the first window, and whenever the choice changes. Off: nothing is
 * fetched. On: the dictionaries of the chosen languages are fetched once from Electron's host.
 */
export function applySpellcheck(
  session: SpellcheckerSession,
  choice: SpellcheckChoice,
  platform: NodeJS.Platform = process.platform,
): void {
  if (spellcheckUsesOs(platform)) return;
  chosen = choice.spellcheck && choice.spellcheckLanguages.length > 0;
  if (!chosen) {
    session.setSpellCheckerEnabled(false);
    session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOADS);
    return;
  }
  session.setSpellCheckerDictionaryDownloadURL(ELECTRON_DICTIONARY_HOST);
  session.setSpellCheckerLanguages(choice.spellcheckLanguages.map((language) => DICTIONARIES[language]));
  session.setSpellCheckerEnabled(true);
}
