// The paired devices: name, how it is doing, when it last synced, the last problem, and Unpair (asked first).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RapportApi, SyncDeviceInfo, SyncDevicesInfo } from '@shared/ipc/contract';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

interface Props {
  api: RapportApi;
  devices: SyncDeviceInfo[];
  onChange: (info: SyncDevicesInfo) => void;
  onError: (error: unknown) => void;
}

export function PairedDeviceList({ api, devices, onChange, onError }: Props) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const [asking, setAsking] = useState<SyncDeviceInfo | undefined>(undefined);
  if (devices.length === 0) return <p className="hint">{t('settings.devices.none')}</p>;
  const unpair = (device: SyncDeviceInfo): void => {
    setAsking(undefined);
    api.unpairSyncDevice(device.id).then(onChange, onError);
  };
  return (
    <>
      <ul className="devices-list" aria-label={t('settings.devices.listLabel')}>
        {devices.map((device) => (
          <li key={device.id} className="devices-item">
            <div>
              <strong>{device.name}</strong>
              <p className="devices-state">
                {t(`settings.devices.state.${device.state}`)}
                {' · '}
                {device.lastSyncedAt
                  ? t('settings.devices.lastSynced', { when: when.format(new Date(device.lastSyncedAt)) })
                  : t('settings.devices.neverSynced')}
              </p>
              {device.lastError && <p className="hint devices-error">{device.lastError}</p>}
              {device.notice && <p className="hint devices-notice">{device.notice}</p>}
            </div>
            <button
              type="button"
              className="button-quiet"
              aria-label={t('settings.devices.unpairNamed', { name: device.name })}
              onClick={() => setAsking(device)}
            >
              {t('settings.devices.unpair')}
            </button>
          </li>
        ))}
      </ul>
      {asking && (
        <ConfirmDialog
          title={t('settings.devices.unpairConfirm.title', { name: asking.name })}
          body={t('settings.devices.unpairConfirm.body')}
          confirmLabel={t('settings.devices.unpairConfirm.confirm')}
          cancelLabel={t('settings.devices.unpairConfirm.cancel')}
          onConfirm={() => unpair(asking)}
          onCancel={() => setAsking(undefined)}
        />
      )}
    </>
  );
}
