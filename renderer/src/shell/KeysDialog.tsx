// Every key the journal window knows, in one place ("?" or the sidebar's "Keyboard shortcuts").
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { isMac } from './use-global-keys';
import { desktopApi } from '../platform/rapport-api';
import { useDeviceSettings } from '../platform/use-device-settings';
import { useDescribeShortcut } from './use-describe-shortcut';

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
  // The quick note's key is the one main registered (Settings may have changed it, or the system refused it).
  const { info: device } = useDeviceSettings(desktopApi());
  const describe = useDescribeShortcut();
  const keysOf = (key: (typeof KEYS)[number]): string => {
    if (key !== 'quickNote') return t(`shell.keys.${key}.keys`, { mod });
    // On the desktop the key is main's to tell: nothing is shown until it has (never a guess that may be stale).
    if (!device) return desktopApi() ? '' : t(`shell.keys.${key}.keys`, { mod });
    const registered = device.quickNoteShortcutRegistered;
    return registered ? describe(registered) : t('settings.shortcut.noneShort');
  };
  return (
    <Dialog title={t('shell.keys.title')} onClose={onClose}>
      <dl className="keys-list">
        {KEYS.map((key) => (
          <div key={key} className="keys-row">
            <dt>
              <kbd>{keysOf(key)}</kbd>
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
