// Spellchecking without the network. On macOS Chromium uses the OS spellchecker; on Windows and Linux it
// downloads Hunspell dictionaries from Google's CDN, so there it stays off until the user chooses it
// (the choice itself belongs to device settings) and the download URL points inside the app.
import { APP_ORIGIN } from './app-protocol';

/** Where a dictionary download would go until the user opts in: the app's own origin, which serves none. */
export const NO_DICTIONARY_DOWNLOADS = `${APP_ORIGIN}/no-dictionary-downloads/`;

export interface SpellcheckerSession {
  setSpellCheckerEnabled(enabled: boolean): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
}

/** True where spellchecking uses the operating system's own dictionaries and downloads nothing. */
export function spellcheckUsesOs(platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'darwin';
}

/** Call once the app is ready, before the first window: nothing is fetched for spellchecking. */
export function keepSpellcheckerOffline(session: SpellcheckerSession, platform = process.platform): void {
  if (spellcheckUsesOs(platform)) return;
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOADS);
  session.setSpellCheckerEnabled(false);
}
