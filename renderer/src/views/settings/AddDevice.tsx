// Add device: a one-time pairing code with this computer's address, as text to type and as a QR code.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RapportApi, SyncOffer } from '@shared/ipc/contract';

export function AddDevice({ api, onError }: { api: RapportApi; onError: (error: unknown) => void }) {
  const { t, i18n } = useTranslation();
  const [offer, setOffer] = useState<SyncOffer | undefined>();
  const [busy, setBusy] = useState(false);
  const add = (): void => {
    setBusy(true);
    api
      .addSyncDevice()
      .then(setOffer, onError)
      .finally(() => setBusy(false));
  };
  const until = offer
    ? new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(new Date(offer.expiresAt))
    : '';
  return (
    <div className="devices-add">
      <button type="button" className="button-primary" onClick={add} disabled={busy}>
        {t('settings.devices.add')}
      </button>
      {offer && (
        <figure className="devices-offer" aria-label={t('settings.devices.offerLabel')}>
          <img className="devices-qr" src={offer.qr} alt={t('settings.devices.qrAlt')} width={160} height={160} />
          <figcaption>
            <p>{t('settings.devices.offerIntro')}</p>
            <dl className="devices-offer-facts">
              <dt>{t('settings.devices.code')}</dt>
              <dd>
                <code className="devices-code">{offer.code}</code>
              </dd>
              <dt>{t('settings.devices.address')}</dt>
              <dd>
                <code>{offer.address}</code>
              </dd>
            </dl>
            <p className="hint">{t('settings.devices.offerValid', { time: until })}</p>
          </figcaption>
        </figure>
      )}
    </div>
  );
}
