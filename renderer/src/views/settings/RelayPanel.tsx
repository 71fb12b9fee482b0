// Settings → Devices → Relay: the relay's address and room, Save, and how syncing through it goes. The
// relay key is made by main on the first save and never reaches this window.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RapportApi, SyncDevicesInfo, SyncRelayInfo } from '@shared/ipc/contract';
import { ipcErrorMessage } from '../../data/ipc-error';

interface Props {
  api: RapportApi;
  relay: SyncRelayInfo | null;
  onSaved: (info: SyncDevicesInfo) => void;
}

export function RelayPanel({ api, relay, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [url, setUrl] = useState(relay?.url ?? '');
  const [room, setRoom] = useState(relay?.room ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  // Settings that change in main (received when pairing, say) replace what the fields show.
  const source = `${relay?.url ?? ''}\n${relay?.room ?? ''}`;
  const [shown, setShown] = useState(source);
  if (shown !== source) {
    setShown(source);
    setUrl(relay?.url ?? '');
    setRoom(relay?.room ?? '');
  }

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(false);
    api
      .saveSyncRelay(url.trim(), room.trim())
      .then(
        (info) => {
          onSaved(info);
          setSaved(info.relay != null);
        },
        (failure: unknown) => setError(ipcErrorMessage(failure)),
      )
      .finally(() => setBusy(false));
  };

  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="relay-panel" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('settings.devices.relay.heading')}</h4>
      <p className="hint">{t('settings.devices.relay.intro')}</p>
      <form className="relay-form" onSubmit={submit}>
        <label>
          <span>{t('settings.devices.relay.url')}</span>
          <input
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder={t('settings.devices.relay.urlPlaceholder')}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        <label>
          <span>{t('settings.devices.relay.room')}</span>
          <input
            value={room}
            onChange={(e) => setRoom(e.target.value)}
            aria-describedby={`${id}-room-hint`}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        <p id={`${id}-room-hint`} className="hint relay-hint">
          {t('settings.devices.relay.roomHint')}
        </p>
        <div className="relay-buttons">
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t('settings.devices.relay.saving') : t('settings.devices.relay.save')}
          </button>
        </div>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {t('settings.devices.relay.failed', { reason: error })}
        </p>
      )}
      {saved && (
        <p className="hint" role="status">
          {t('settings.devices.relay.saved')}
        </p>
      )}
      {relay ? (
        <div className="relay-status" role="status" aria-live="polite">
          <p className="relay-state">
            {t(`settings.devices.relay.state.${relay.state}`)}{' '}
            {relay.lastSyncedAt
              ? t('settings.devices.relay.lastSynced', { when: when.format(new Date(relay.lastSyncedAt)) })
              : t('settings.devices.relay.neverSynced')}
          </p>
          {relay.lastError && <p className="hint devices-error">{relay.lastError}</p>}
          <p className="hint">
            {t('settings.devices.relay.keyNote')} {t('settings.devices.relay.forgetHint')}
          </p>
        </div>
      ) : null}
    </section>
  );
}
