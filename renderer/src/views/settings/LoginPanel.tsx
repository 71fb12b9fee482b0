// Settings → start with the computer: "Start Rapport when I log in" (off by default). Rapport then starts
// in the tray without a window, so quick notes and reminders are there from the start. Desktop app only.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RapportApi } from '@shared/ipc/contract';
import { useDeviceSettings } from '../../platform/use-device-settings';
import { DeviceSettingsFailed, SettingsCheck } from './SettingsCheck';

export function LoginPanel({ api }: { api: RapportApi }) {
  const { t } = useTranslation();
  const id = useId();
  const { info, change, failed } = useDeviceSettings(api);
  if (!info) return null;
  return (
    <section className="panel settings-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('settings.login.heading')}</h3>
      <SettingsCheck
        checked={info.openAtLogin}
        onChange={(openAtLogin) => change({ openAtLogin })}
        label={t('settings.login.openAtLogin')}
        hint={t('settings.login.hint')}
      />
      <DeviceSettingsFailed failed={failed} />
    </section>
  );
}
