// main's own i18next instance over the shared catalogue (shared/i18n/strings/main.ts): the tray, menus,
// dialogs and notifications speak the language chosen in Settings and change when it changes.
import i18next, { type TOptions } from 'i18next';
import { mainCatalogue } from '@shared/i18n/strings/main';
import type { Language } from '@shared/i18n/language';

const instance = i18next.createInstance();
void instance.init({
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  resources: { en: { translation: mainCatalogue.en }, sv: { translation: mainCatalogue.sv } },
  interpolation: { escapeValue: false },
  returnNull: false,
});

const listeners = new Set<(language: Language) => void>();

/** The language main speaks now. */
export function mainLanguage(): Language {
  return instance.language === 'sv' ? 'sv' : 'en';
}

/** Switches main's language; everything that shows main's words rebuilds through `onMainLanguage`. */
export function setMainLanguage(language: Language): void {
  if (language === mainLanguage() && instance.isInitialized) return;
  void instance.changeLanguage(language);
  for (const listener of listeners) listener(language);
}

/** Calls `listener` whenever main's language changes; returns the way to stop. */
export function onMainLanguage(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** One of main's strings in the current language: mt('tray.quickNote'), mt('x.count', { count: 3 }). */
export function mt(key: string, options?: TOptions): string {
  return instance.t(key, options) as string;
}
