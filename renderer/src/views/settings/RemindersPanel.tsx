// Settings → Reminders: a calm daily notification of what is due (next steps, people to get back in touch
// with, tomorrow's events to prepare), at a time the user picks. Kept on this computer, desktop app only.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RapportApi } from '@shared/ipc/contract';
import { useDeviceSettings } from '../../platform/use-device-settings';
import { DeviceSettingsFailed, SettingsCheck } from './SettingsCheck';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function RemindersPanel({ api }: { api: RapportApi }) {
  const { t } = useTranslation();
  const id = useId();
  const { info, change, failed } = useDeviceSettings(api);
  const [draft, setDraft] = useState<string | undefined>();
  if (!info) return null;
  const time = draft ?? info.reminderTime;
  const invalid = draft !== undefined && !TIME.test(draft);

  const commit = (value: string): void => {
    setDraft(value);
    if (!TIME.test(value)) return;
    setDraft(undefined);
    if (value !== info.reminderTime) change({ reminderTime: value });
  };
  return (
    <section className="panel settings-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('settings.reminders.heading')}</h3>
      <p className="settings-intro">{t('settings.reminders.intro')}</p>
      <SettingsCheck
        checked={info.reminders}
        onChange={(reminders) => change({ reminders })}
        label={t('settings.reminders.enabled')}
        hint={t('settings.reminders.hint')}
      />
      <div className="field settings-time">
        <label htmlFor={`${id}-time`}>{t('settings.reminders.time')}</label>
        <input
          id={`${id}-time`}
          type="time"
          value={time}
          disabled={!info.reminders}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-invalid` : undefined}
          onChange={(e) => commit(e.target.value)}
        />
        {invalid && (
          <p id={`${id}-invalid`} className="form-error">
            {t('settings.reminders.invalid')}
          </p>
        )}
      </div>
      <DeviceSettingsFailed failed={failed} />
    </section>
  );
}
