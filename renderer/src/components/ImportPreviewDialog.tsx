// The import preview: what would change, every problem with its line, and a calm choice to go ahead.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '@shared/ipc/contract';

interface Props {
  preview: ImportPreview;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ImportPreviewDialog({ preview, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const c = preview.counts;
  const rows: Array<[string, number]> = [
    [t('importing.added'), c.added],
    [t('importing.updated'), c.updated],
    [t('importing.unchanged'), c.unchanged],
    [t('importing.skipped'), c.skipped],
  ];
  return (
    <dialog
      ref={ref}
      className="import-dialog"
      aria-label={t('importing.dialogLabel')}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2>{t('importing.title', { file: preview.fileName })}</h2>
      <dl className="import-counts">
        {rows.map(([label, n]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      {c.jobChanges > 0 && (
        <p className="muted">
          {c.jobChanges} {t('importing.jobChanges')}
        </p>
      )}
      {preview.lines.length > 0 && (
        <ul className="import-lines" aria-label={t('importing.title', { file: preview.fileName })}>
          {preview.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {preview.problems.length > 0 && (
        <section aria-label={t('importing.problems')}>
          <h3>{t('importing.problems')}</h3>
          <ul className="import-problems">
            {preview.problems.map((p, i) => (
              <li key={i} className={`problem-${p.severity}`}>
                {p.line > 0 && <span className="muted">{t('importing.line', { line: p.line })}: </span>}
                {p.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!preview.canImport && <p role="alert">{t('importing.cannot')}</p>}
      {preview.canImport && !preview.hasChanges && <p>{t('importing.nothingNew')}</p>}
      <div className="actions">
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t('importing.cancel')}
        </button>
        <button
          type="button"
          className="button-primary"
          onClick={onConfirm}
          disabled={!preview.canImport || !preview.hasChanges}
          autoFocus
        >
          {t('importing.confirm')}
        </button>
      </div>
    </dialog>
  );
}
