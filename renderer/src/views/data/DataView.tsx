// "Your data": the backups (and restoring one), exports, and the folder it all lives in. In the browser
// build, where none of that exists, a calm word and a JSON download instead.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useJournal } from '../../data/journal-context';
import { BackupList } from './BackupList';
import { BrowserDataPanel } from './BrowserDataPanel';
import { ExportPanel } from './ExportPanel';
import { dateFormat, failureText } from './format';
import { clearRestoreNote, readRestoreNote } from './restore-note';
import './data.css';

export function DataView() {
  const { t, i18n } = useTranslation();
  const { api, info, doc } = useJournal();
  const [message, setMessage] = useState(() => {
    const restored = readRestoreNote();
    return restored ? t('data.restore.done', { date: dateFormat(i18n.language).format(new Date(restored)) }) : '';
  });
  useEffect(() => clearRestoreNote(), []);
  const fail = useCallback((error: unknown) => setMessage(t('data.failed', { message: failureText(error) })), [t]);

  return (
    <section className="view data-view" aria-labelledby="data-heading">
      <div className="view-head">
        <div>
          <h2 id="data-heading">{t('data.title')}</h2>
          {api && <p className="muted data-lead">{t('data.intro')}</p>}
        </div>
      </div>
      <p className="data-message" role="status">
        {message}
      </p>
      {api ? (
        <div className="data-grid">
          <BackupList api={api} report={setMessage} fail={fail} />
          <div className="data-side">
            <ExportPanel api={api} report={setMessage} fail={fail} />
            <section className="panel data-panel" aria-labelledby="data-folder-heading">
              <h3 id="data-folder-heading">{t('data.folder.heading')}</h3>
              <p className="muted data-intro">{t('data.folder.intro')}</p>
              {info && <code className="data-path">{info.dataDir}</code>}
              <div className="actions data-actions-start">
                <button type="button" className="button-quiet" onClick={() => void api.openDataFolder().catch(fail)}>
                  {t('data.folder.open')}
                </button>
              </div>
            </section>
          </div>
        </div>
      ) : (
        <BrowserDataPanel doc={doc} />
      )}
    </section>
  );
}
