// Every key the journal window knows, in one place ("?" or the sidebar's "Keyboard shortcuts").
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { isMac } from './use-global-keys';

const KEYS = [
  'log',
  'search',
  'undo',
  'redo',
  'history',
  'pipeline',
  'steps',
  'list',
  'filter',
  'review',
  'quickNote',
  'import',
  'keys',
] as const;

export function KeysDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const mod = isMac ? '⌘' : 'Ctrl';
  return (
    <Dialog title={t('shell.keys.title')} onClose={onClose}>
      <dl className="keys-list">
        {KEYS.map((key) => (
          <div key={key} className="keys-row">
            <dt>
              <kbd>{t(`shell.keys.${key}.keys`, { mod })}</kbd>
            </dt>
            <dd>{t(`shell.keys.${key}.what`)}</dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        <button type="button" className="button-primary" onClick={onClose} autoFocus>
          {t('shell.keys.close')}
        </button>
      </div>
    </Dialog>
  );
}
