// The quick note's own words only (its page loads none of the journal's catalogues).
import { en } from '../i18n/en';
import { sv } from '../i18n/sv';
import { initI18n } from '../i18n/init';

export function setupQuickNoteI18n(preferred: readonly string[]): Promise<void> {
  return initI18n(preferred, {
    en: { translation: { quickNote: en.quickNote } },
    sv: { translation: { quickNote: sv.quickNote } },
  });
}
