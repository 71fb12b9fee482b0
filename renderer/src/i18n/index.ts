// i18next set up for Swedish and English; the language follows the OS/browser (sv* → Swedish).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { sv } from './sv';
import { featureStrings } from './features';

import { pickLanguage } from '@shared/i18n/language';

export { pickLanguage };

export async function setupI18n(preferred: readonly string[] = navigator.languages): Promise<void> {
  const lng = pickLanguage(preferred);
  document.documentElement.lang = lng;
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    resources: {
      en: { translation: { ...en, ...featureStrings('en') } },
      sv: { translation: { ...sv, ...featureStrings('sv') } },
    },
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
}
