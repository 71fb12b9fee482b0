// Join with a code: the code and the address another Rapport showed under Add device. When that device keeps
// another journal, AdoptConfirm says what taking it will do before anything changes.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RapportApi, SyncAdoption, SyncDevicesInfo } from '@shared/ipc/contract';
import { ipcErrorMessage } from '../../data/ipc-error';
import { AdoptConfirm } from './AdoptConfirm';

export function JoinDevice({ api, onJoined }: { api: RapportApi; onJoined: (info: SyncDevicesInfo) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [adoption, setAdoption] = useState<SyncAdoption | undefined>();

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    api
      .joinSyncDevice(code.trim(), address.trim())
      .then(
        ({ adoption: next, ...info }) => {
          onJoined(info);
          setAdoption(next);
          setOpen(false);
          setCode('');
          setAddress('');
        },
        (failure: unknown) => setError(ipcErrorMessage(failure)),
      )
      .finally(() => setBusy(false));
  };

  if (adoption)
    return (
      <AdoptConfirm
        api={api}
        adoption={adoption}
        onDone={(info) => {
          onJoined(info);
          setAdoption(undefined);
        }}
      />
    );
  if (!open)
    return (
      <button type="button" className="button-quiet" onClick={() => setOpen(true)}>
        {t('settings.devices.join')}
      </button>
    );
  return (
    <form className="devices-join" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('settings.devices.join')}</h4>
      <label>
        <span>{t('settings.devices.code')}</span>
        <input value={code} onChange={(e) => setCode(e.target.value)} required autoComplete="off" spellCheck={false} />
      </label>
      <label>
        <span>{t('settings.devices.address')}</span>
        <input
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          required
          placeholder="192.168.1.20:47631"
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {t('settings.devices.joinFailed', { reason: error })}
        </p>
      )}
      <div className="devices-join-buttons">
        <button type="submit" className="button-primary" disabled={busy}>
          {t('settings.devices.pair')}
        </button>
        <button type="button" className="button-quiet" onClick={() => setOpen(false)}>
          {t('settings.devices.cancel')}
        </button>
      </div>
    </form>
  );
}
