// The app's import flow: preview a file (from the file dialog or a drop), then commit it as one
// transaction after a backup, undoable in one step until the next import.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import * as Y from 'yjs';
import { COLLECTIONS, collection } from '@shared/schema';
import { IMPORT_ORIGIN } from '@shared/import/apply-contacts';
import { summarisePlan } from '@shared/import/report';
import type { ImportOutcome, ImportPreview } from '@shared/ipc/contract';
import type { BackupService } from '../backup/backup-service';
import { mt } from '../app/main-i18n';
import { previewLines, previewProblem } from './preview-words';
import { hasChanges, kindFromFileName, MAX_IMPORT_BYTES, planImport, type ImportKind } from './plan-file';

interface Pending {
  kind: ImportKind;
  bytes: Uint8Array;
  fileName: string;
}

let nextId = 1;

export class ImportService {
  private readonly pending = new Map<string, Pending>();
  private readonly undo: Y.UndoManager;

  constructor(
    private readonly doc: Y.Doc,
    private readonly backups: BackupService,
  ) {
    this.undo = new Y.UndoManager(
      COLLECTIONS.map((name) => collection(doc, name)),
      { trackedOrigins: new Set([IMPORT_ORIGIN]) },
    );
  }

  async previewPath(path: string): Promise<ImportPreview> {
    const info = await stat(path);
    if (info.size > MAX_IMPORT_BYTES)
      return this.refusal(basename(path), mt('errors.importTooLarge', { mb: (info.size / 1024 / 1024).toFixed(1) }));
    return this.preview(basename(path), new Uint8Array(await readFile(path)));
  }

  preview(fileName: string, bytes: Uint8Array): ImportPreview {
    const kind = kindFromFileName(fileName);
    if (!kind) return this.refusal(fileName, mt('errors.importUnknownKind'));
    if (bytes.length > MAX_IMPORT_BYTES) return this.refusal(fileName, mt('errors.importTooLargeBytes'));
    const { plan } = planImport(kind, this.doc, bytes);
    const id = `import-${nextId++}`;
    this.pending.set(id, { kind, bytes, fileName });
    const summary = summarisePlan(plan);
    return {
      id,
      fileName,
      format: plan.format,
      counts: {
        added: summary.added,
        updated: summary.updated,
        jobChanges: summary.jobChanges,
        unchanged: summary.unchanged,
        skipped: summary.skipped,
      },
      lines: previewLines(plan),
      problems: plan.problems.map(previewProblem),
      canImport: summary.errors === 0,
      hasChanges: hasChanges(plan),
    };
  }

  private refusal(fileName: string, message: string): ImportPreview {
    return {
      id: `refused-${nextId++}`,
      fileName,
      format: 'unknown',
      counts: { added: 0, updated: 0, jobChanges: 0, unchanged: 0, skipped: 0 },
      lines: [],
      problems: [{ line: 0, severity: 'error', message }],
      canImport: false,
      hasChanges: false,
    };
  }

  /** Re-plans against the journal as it is now (it may have changed since the preview), backs up, writes. */
  async commit(id: string): Promise<ImportOutcome> {
    const pending = this.pending.get(id);
    if (!pending) throw new Error(mt('errors.previewClosed'));
    this.pending.delete(id);
    const planned = planImport(pending.kind, this.doc, pending.bytes);
    if (planned.plan.problems.some((p) => p.severity === 'error'))
      throw new Error(mt('errors.importHasErrors', { file: pending.fileName }));
    await this.backups.backupNow('before-import');
    this.undo.stopCapturing();
    this.doc.transact(() => planned.apply(this.doc), IMPORT_ORIGIN);
    this.undo.stopCapturing();
    return { added: planned.plan.added.length, updated: planned.plan.updated.length };
  }

  cancel(id: string): void {
    this.pending.delete(id);
  }

  /** Undoes the most recent import as one step; false when there is nothing to undo. */
  undoLast(): boolean {
    if (this.undo.undoStack.length === 0) return false;
    this.undo.undo();
    return true;
  }

  destroy(): void {
    this.undo.destroy();
    this.pending.clear();
  }
}
