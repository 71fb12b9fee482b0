// Settings → Spelling, on Windows and Linux only: spellchecking fetches Hunspell dictionaries from the
// internet there, so it is off until chosen here. macOS checks spelling with the OS and shows no panel.
import { useId, useState } from 'react';
import { useDeviceSettings } from '../../platform/use-device-settings';
import { useTranslation } from 'react-i18next';
import {
  SPELLCHECK_LANGUAGES,
  type DeviceSettingsChange,
  type RapportApi,
  type SpellcheckLanguage,
} from '@shared/ipc/contract';

export function SpellcheckPanel({ api }: { api: RapportApi }) {
  const { t } = useTranslation();
  const id = useId();
  const settings = useDeviceSettings(api);
  const { info, failed } = settings;
  const [changed, setChanged] = useState(false);
  if (!info?.spellcheckApplies) return null;

  const change = (patch: DeviceSettingsChange): void => {
    setChanged(true);
    settings.change(patch);
  };
  const toggleLanguage = (language: SpellcheckLanguage, on: boolean): void => {
    const next = SPELLCHECK_LANGUAGES.filter((l) => (l === language ? on : info.spellcheckLanguages.includes(l)));
    change({ spellcheckLanguages: next });
  };
  return (
    <section className="panel settings-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('spellcheck.heading')}</h3>
      <p className="settings-intro" id={`${id}-intro`}>
        {t('spellcheck.intro')}
      </p>
      <label className="settings-check">
        <input
          type="checkbox"
          checked={info.spellcheck}
          aria-describedby={`${id}-intro`}
          onChange={(e) => change({ spellcheck: e.target.checked })}
        />
        <span>{t('spellcheck.enable')}</span>
      </label>
      {info.spellcheck && (
        <fieldset className="settings-spellcheck-languages">
          <legend>{t('spellcheck.languages')}</legend>
          {SPELLCHECK_LANGUAGES.map((language) => (
            <label key={language} className="settings-check">
              <input
                type="checkbox"
                checked={info.spellcheckLanguages.includes(language)}
                // The last language stays: spellchecking with none would be spellchecking off.
                disabled={info.spellcheckLanguages.length === 1 && info.spellcheckLanguages.includes(language)}
                onChange={(e) => toggleLanguage(language, e.target.checked)}
              />
              <span lang={language}>{t(`spellcheck.language.${language}`)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {changed && !failed && (
        <p className="hint" role="status">
          {t('spellcheck.reopen')}
        </p>
      )}
      {failed && (
        <p className="form-error" role="alert">
          {t('spellcheck.failed')}
        </p>
      )}
    </section>
  );
}
