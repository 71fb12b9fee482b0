// Settings → language and theme of this computer's windows (system, svenska, English; system, light, dark).
// Applied at once to every open window; kept on this computer, never in the journal.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_CHOICES, THEME_CHOICES, type RapportApi } from '@shared/ipc/contract';
import { useAppearance } from '../../appearance/use-appearance';

export function AppearancePanel({ api }: { api: RapportApi | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const { appearance, change, failed } = useAppearance(api);
  return (
    <section className="panel settings-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('settings.appearance.heading')}</h3>
      <p className="settings-intro">{t('settings.appearance.intro')}</p>
      <div className="field settings-day">
        <label htmlFor={`${id}-language`}>{t('settings.appearance.language')}</label>
        <select
          id={`${id}-language`}
          value={appearance.language}
          onChange={(e) => change({ language: LANGUAGE_CHOICES.find((c) => c === e.target.value) ?? 'system' })}
        >
          {LANGUAGE_CHOICES.map((choice) => (
            // Each language is named in its own tongue, so it can be found whatever the window speaks.
            <option key={choice} value={choice} lang={choice === 'system' ? undefined : choice}>
              {t(`settings.appearance.languages.${choice}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field settings-day">
        <label htmlFor={`${id}-theme`}>{t('settings.appearance.theme')}</label>
        <select
          id={`${id}-theme`}
          value={appearance.theme}
          onChange={(e) => change({ theme: THEME_CHOICES.find((c) => c === e.target.value) ?? 'system' })}
        >
          {THEME_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`settings.appearance.themes.${choice}`)}
            </option>
          ))}
        </select>
      </div>
      {failed && (
        <p className="form-error" role="alert">
          {t('settings.appearance.failed')}
        </p>
      )}
    </section>
  );
}
