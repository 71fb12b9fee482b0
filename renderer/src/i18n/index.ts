// i18next set up for Swedish and English; the language follows the OS/browser (sv* → Swedish).
import { en } from './en';
import { sv } from './sv';
import { featureStrings } from './features';
import { initI18n } from './init';

import { pickLanguage } from '@shared/i18n/language';

export { pickLanguage };

export async function setupI18n(preferred: readonly string[] = navigator.languages): Promise<void> {
  await initI18n(preferred, {
    en: { translation: { ...en, ...featureStrings('en') } },
    sv: { translation: { ...sv, ...featureStrings('sv') } },
  });
}
