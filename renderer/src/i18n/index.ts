// i18next set up for Swedish and English; the language follows the OS/browser (sv* → Swedish).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { sv } from './sv';
import { featureStrings } from './features';

export function pickLanguage(preferred: readonly string[]): 'sv' | 'en' {
  for (const tag of preferred) {
    const lang = tag.toLowerCase().split('-')[0];
    if (lang === 'sv') return 'sv';
    if (lang === 'en') return 'en';
  }
  return 'en';
}

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
