// Export in four formats. Main asks where (a save dialog, or a folder for Markdown) and writes the files.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat, type RapportApi } from '@shared/ipc/contract';

interface Props {
  api: RapportApi;
  report: (text: string) => void;
  fail: (error: unknown) => void;
}

export function ExportPanel({ api, report, fail }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const exportAs = (format: ExportFormat): void => {
    setBusy(true);
    api
      .exportJournal(format)
      .then((outcome) => outcome.saved && report(t('data.export.done', { path: outcome.path })), fail)
      .finally(() => setBusy(false));
  };
  return (
    <section className="panel data-panel" aria-labelledby="data-export-heading">
      <h3 id="data-export-heading">{t('data.export.heading')}</h3>
      <p className="muted data-intro">{t('data.export.intro')}</p>
      <ul className="export-list">
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <button
              type="button"
              className="export-choice"
              disabled={busy}
              onClick={() => exportAs(format)}
              aria-describedby={`data-export-${format}-hint`}
            >
              <span className="export-name">{t(`data.export.${format}`)}</span>
              {/* Hidden from the name, read as the description: the button is called "JSON", not its whole text. */}
              <span className="muted" id={`data-export-${format}-hint`} aria-hidden="true">
                {t(`data.export.${format}Hint`)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
