// Shown after Join with a code paired with a device that keeps another journal: exactly what taking it will do
// to this computer's journal, with Confirm and Cancel (which forgets the pairing and changes nothing else).
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RapportApi, SyncAdoption, SyncDevicesInfo } from '@shared/ipc/contract';
import { ipcErrorMessage } from '../../data/ipc-error';
import { adoptionSentence } from './adoption-text';

export function AdoptConfirm(props: {
  api: RapportApi;
  adoption: SyncAdoption;
  onDone: (info: SyncDevicesInfo) => void;
}) {
  const { api, adoption, onDone } = props;
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => heading.current?.focus(), []);

  const run = (action: Promise<SyncDevicesInfo>): void => {
    setBusy(true);
    setError(undefined);
    action.then(onDone, (failure: unknown) => {
      setError(ipcErrorMessage(failure));
      setBusy(false);
    });
  };
  return (
    <section className="devices-join" aria-labelledby={`${id}-title`} aria-describedby={`${id}-what`}>
      <h4 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('settings.devices.adopt.title', { name: adoption.name })}
      </h4>
      <p id={`${id}-what`}>{adoptionSentence(adoption, t)}</p>
      <p className="hint">{t('settings.devices.adopt.cancelHint')}</p>
      {error && (
        <p className="form-error" role="alert">
          {t('settings.devices.adopt.failed', { reason: error })}
        </p>
      )}
      <div className="devices-join-buttons">
        <button
          type="button"
          className="button-primary"
          disabled={busy}
          onClick={() => run(api.adoptSyncJournal(adoption.device))}
        >
          {t('settings.devices.adopt.confirm')}
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={busy}
          onClick={() => run(api.unpairSyncDevice(adoption.device))}
        >
          {t('settings.devices.cancel')}
        </button>
      </div>
    </section>
  );
}
