// The browser build has no files, backups or restore: say so calmly, and offer the JSON export as a download.
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { exportJournalJson } from '@shared/export/json-export';

function download(doc: Y.Doc): void {
  const now = new Date();
  const blob = new Blob([`${JSON.stringify(exportJournalJson(doc, now), null, 2)}\n`], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `Rapport ${now.toISOString().slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export function BrowserDataPanel({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  return (
    <section className="panel data-panel data-browser" aria-labelledby="data-browser-heading">
      <h3 id="data-browser-heading">{t('data.browser.heading')}</h3>
      <p className="data-intro">{t('data.browser.body')}</p>
      <div className="actions data-actions-start">
        <button type="button" className="button-quiet" onClick={() => download(doc)}>
          {t('data.browser.download')}
        </button>
      </div>
    </section>
  );
}
