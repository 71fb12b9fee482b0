// Settings of this computer only (main's device-settings file, never synced): whether closing the window
// leaves Rapport in the tray. Shown in the desktop app where it applies — not in the browser, not on macOS.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RapportApi } from '@shared/ipc/contract';
import { useDeviceSettings } from '../../platform/use-device-settings';
import { DeviceSettingsFailed, SettingsCheck } from './SettingsCheck';

export function DevicePanel({ api }: { api: RapportApi }) {
  const { t } = useTranslation();
  const id = useId();
  const { info, change, failed } = useDeviceSettings(api);
  if (!info?.closeToTrayApplies) return null;

  return (
    <section className="panel settings-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('settings.device.heading')}</h3>
      <p className="settings-intro">{t('settings.device.intro')}</p>
      {info.fellBack && (
        <p className="notice settings-device-notice" role="status">
          {t(`settings.device.fellBack.${info.fellBack}`)}
        </p>
      )}
      <SettingsCheck
        checked={info.closeToTray}
        onChange={(closeToTray) => change({ closeToTray })}
        label={t('settings.device.closeToTray')}
        hint={t('settings.device.closeToTrayHint')}
      />
      <DeviceSettingsFailed failed={failed} />
    </section>
  );
}
