// Settings → Quick note shortcut: records a key combination, shows the one main registered, and when the
// system refuses one says so plainly and offers combinations main found free.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RapportApi } from '@shared/ipc/contract';
import { acceleratorOf, isQuickNoteAccelerator } from '@shared/shortcuts/accelerator';
import { useDeviceSettings } from '../../platform/use-device-settings';
import { useDescribeShortcut } from '../../shell/use-describe-shortcut';
import { isMac } from '../../shell/use-global-keys';

const MODIFIER_CODES = /^(?:Shift|Control|Alt|Meta|OS)(?:Left|Right)?$/;

export function ShortcutPanel({ api }: { api: RapportApi }) {
  const { t } = useTranslation();
  const id = useId();
  const describe = useDescribeShortcut();
  const { info, setInfo } = useDeviceSettings(api);
  const [problem, setProblem] = useState<'invalid' | 'failed' | undefined>();
  if (!info) return null;

  const choose = (accelerator: string): void => {
    setProblem(undefined);
    api.updateDeviceSettings({ quickNoteShortcut: accelerator }).then(setInfo, () => setProblem('failed'));
  };

  // Tab and Shift+Tab still move on; any other combination is the new shortcut (or a plain "not that").
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    if (plain && (event.key === 'Tab' || event.key === 'Escape')) return;
    event.preventDefault();
    if (MODIFIER_CODES.test(event.code)) return;
    const accelerator = acceleratorOf(event, isMac);
    if (!accelerator || !isQuickNoteAccelerator(accelerator)) setProblem('invalid');
    else choose(accelerator);
  };

  const registered = info.quickNoteShortcutRegistered;
  const refused = info.quickNoteShortcutRefused;
  const suggestions = info.quickNoteShortcutSuggestions ?? [];
  return (
    <section className="panel settings-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('settings.shortcut.heading')}</h3>
      <p className="settings-intro">{t('settings.shortcut.intro')}</p>
      <label className="settings-shortcut-field" htmlFor={`${id}-field`}>
        <span>{t('settings.shortcut.field')}</span>
        <input
          id={`${id}-field`}
          type="text"
          readOnly
          value={describe(registered ?? info.quickNoteShortcut)}
          aria-describedby={`${id}-hint ${id}-state`}
          onKeyDown={onKeyDown}
        />
      </label>
      <p id={`${id}-hint`} className="hint settings-shortcut-hint">
        {t('settings.shortcut.fieldHint')}
      </p>
      <div id={`${id}-state`} className="settings-shortcut-state" role="status">
        {refused && <p className="notice">{t('settings.shortcut.refused', { keys: describe(refused) })}</p>}
        <p>
          {registered ? (
            <>
              {t('settings.shortcut.registered')} <kbd>{describe(registered)}</kbd>
            </>
          ) : (
            t('settings.shortcut.none')
          )}
        </p>
      </div>
      {suggestions.length > 0 && (
        <div className="settings-shortcut-suggestions">
          <p>{t('settings.shortcut.suggest')}</p>
          <ul>
            {suggestions.map((accelerator) => (
              <li key={accelerator}>
                <button type="button" className="button-quiet" onClick={() => choose(accelerator)}>
                  {t('settings.shortcut.use', { keys: describe(accelerator) })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {t(`settings.shortcut.${problem}`)}
        </p>
      )}
    </section>
  );
}
