// Settings → Devices: sync with the user's own devices, directly on the local network. Off until turned on;
// Add device shows a one-time code (and a QR code), Join with a code pairs with another device, and the list
// says how each paired device is doing, with Unpair.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RapportApi } from '@shared/ipc/contract';
import { ipcErrorMessage } from '../../data/ipc-error';
import { AddDevice } from './AddDevice';
import { JoinDevice } from './JoinDevice';
import { PairedDeviceList } from './PairedDeviceList';
import { RelayPanel } from './RelayPanel';
import { SettingsCheck } from './SettingsCheck';
import { useSyncDevices } from './use-sync-devices';

export function DevicesPanel({ api }: { api: RapportApi }) {
  const { t } = useTranslation();
  const id = useId();
  const { info, setInfo } = useSyncDevices(api);
  const [problem, setProblem] = useState<string | undefined>();
  if (!info) return null;

  const fail = (error: unknown): void => setProblem(ipcErrorMessage(error));
  const toggle = (enabled: boolean): void => {
    setProblem(undefined);
    setInfo({ ...info, enabled }); // the box follows the click at once; main's answer then says where it listens
    api.setSyncEnabled(enabled).then(setInfo, (error: unknown) => {
      setInfo(info);
      fail(error);
    });
  };
  return (
    <section className="panel settings-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('settings.devices.heading')}</h3>
      <p className="settings-intro">{t('settings.devices.intro')}</p>
      <SettingsCheck
        checked={info.enabled}
        onChange={toggle}
        label={t('settings.devices.enabled')}
        hint={
          info.enabled && info.address
            ? t('settings.devices.listening', { name: info.thisDevice, address: info.address })
            : t('settings.devices.off')
        }
      />
      <div className="devices-actions">
        <AddDevice api={api} onError={fail} />
        <JoinDevice api={api} onJoined={setInfo} />
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {t('settings.devices.failed', { reason: problem })}
        </p>
      )}
      <PairedDeviceList api={api} devices={info.devices} onChange={setInfo} onError={fail} />
      <RelayPanel api={api} relay={info.relay ?? null} onSaved={setInfo} />
    </section>
  );
}
