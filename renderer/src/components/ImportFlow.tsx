// Import in the desktop app: the "Import…" button, files dropped on the window, File → Import… from the
// menu — all end in the same preview, then one undoable import.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES, type ImportPreview, type RapportApi } from '@shared/ipc/contract';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { onImportRequest } from './import-request';

type Message = { text: string; canUndo: boolean } | undefined;

export function ImportFlow({ api }: { api: RapportApi }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<ImportPreview | undefined>();
  const [message, setMessage] = useState<Message>();
  const fail = useCallback(
    (error: unknown) =>
      setMessage({
        text: t('importing.failed', { message: error instanceof Error ? error.message : String(error) }),
        canUndo: false,
      }),
    [t],
  );

  useEffect(() => api.onImportPreview(setPreview), [api]);
  // A file Rapport was started with (or given while this window was closed) waits in main until now.
  useEffect(() => {
    api.takeImportPreview().then((p) => p && setPreview(p), fail);
  }, [api, fail]);
  useEffect(
    () => onImportRequest(() => void api.chooseImportFile().then((p) => p && setPreview(p), fail)),
    [api, fail],
  );
  useEffect(() => {
    const over = (event: DragEvent): void => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent): void => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      // Main refuses more anyway; saying so here spares reading a huge file into memory.
      if (file.size > MAX_IMPORT_BYTES) {
        const size = (file.size / 1024 / 1024).toFixed(1);
        setMessage({ text: t('importing.tooLarge', { file: file.name, size }), canUndo: false });
        return;
      }
      file
        .arrayBuffer()
        .then((buffer) => api.previewImport(file.name, new Uint8Array(buffer)))
        .then(setPreview, fail);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [api, fail, t]);

  const choose = (): void => void api.chooseImportFile().then((p) => p && setPreview(p), fail);
  const confirm = (): void => {
    if (!preview) return;
    const id = preview.id;
    setPreview(undefined);
    api
      .commitImport(id)
      .then(
        (outcome) =>
          setMessage({ text: t('importing.done', { added: outcome.added, updated: outcome.updated }), canUndo: true }),
        fail,
      );
  };
  const cancel = (): void => {
    if (preview) void api.cancelImport(preview.id);
    setPreview(undefined);
  };
  const undo = (): void =>
    void api.undoImport().then(() => setMessage({ text: t('importing.undone'), canUndo: false }), fail);

  return (
    <>
      <button type="button" className="button-quiet" onClick={choose} title={t('importing.dropHint')}>
        {t('importing.button')}
      </button>
      {message && (
        <p className="import-message" role="status">
          {message.text}
          {message.canUndo && (
            <button type="button" className="button-quiet" onClick={undo}>
              {t('importing.undo')}
            </button>
          )}
        </p>
      )}
      {preview && <ImportPreviewDialog preview={preview} onConfirm={confirm} onCancel={cancel} />}
    </>
  );
}
