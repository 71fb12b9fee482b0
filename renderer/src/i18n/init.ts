// i18next started on the catalogues a window needs: the journal window takes them all (setupI18n), the quick
// note only its own, so its page stays small.
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pickLanguage } from '@shared/i18n/language';

export async function initI18n(preferred: readonly string[], resources: Resource): Promise<void> {
  const lng = pickLanguage(preferred);
  document.documentElement.lang = lng;
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    resources,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
}
