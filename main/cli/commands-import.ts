// `rapport import …`: parse, plan, print the same report as the app's preview, then (unless --dry-run)
// back up and write in one transaction. Bad input writes nothing and exits 1.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import * as Y from 'yjs';
import type { ImportPlan } from '@shared/import/plan-contacts';
import { hasChanges, IMPORT_KINDS, MAX_IMPORT_BYTES, planImport, type ImportKind } from '../import/plan-file';
import { formatPlanReport } from '@shared/import/report';
import { encodeRapportFile } from '@shared/export/rapport-file';
import { saveBackup } from '../backup/backup-files';
import { openJournalForWriting, readJournal } from './journal-access';
import { CliError, EXIT, type CliIo, type ExitCode } from './output';

const KINDS = IMPORT_KINDS;
type Kind = ImportKind;

async function readInput(file: string): Promise<Uint8Array> {
  const path = resolve(file);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new CliError(`Cannot read ${file}: no such file.`, EXIT.badInput);
  if (info.size > MAX_IMPORT_BYTES) {
    throw new CliError(
      `${file} is ${(info.size / 1024 / 1024).toFixed(1)} MB; Rapport imports files up to 50 MB. Nothing was imported.`,
      EXIT.badInput,
    );
  }
  return new Uint8Array(await readFile(path));
}

export async function importCommand(
  dataDir: string,
  kind: string | undefined,
  file: string | undefined,
  dryRun: boolean,
  io: CliIo,
): Promise<ExitCode> {
  if (!kind || !(KINDS as readonly string[]).includes(kind))
    throw new CliError('Choose what to import: rapport import linkedin|vcard|json|rapport FILE', EXIT.usage);
  if (!file) throw new CliError(`Which file? rapport import ${kind} FILE`, EXIT.usage);
  const bytes = await readInput(file);
  const label = basename(file);

  // Plan on a read-only copy first: a file with errors never opens, locks or creates anything.
  const preview = planImport(kind as Kind, existsSync(dataDir) ? await readJournal(dataDir) : new Y.Doc(), bytes).plan;
  if (dryRun || preview.problems.some((p) => p.severity === 'error')) return report(preview, label, dryRun, io);
  const journal = await openJournalForWriting(dataDir);
  try {
    const planned = planImport(kind as Kind, journal.doc, bytes);
    const code = report(planned.plan, label, false, io);
    if (code !== EXIT.ok) return code;
    if (!hasChanges(planned.plan)) {
      io.out('Nothing to import: the journal already has everything in this file.');
      return EXIT.ok;
    }
    await saveBackup(dataDir, 'before-import', encodeRapportFile(journal.doc), new Date());
    planned.apply(journal.doc);
    await journal.store.whenFlushed();
    io.out('Imported. A backup of the journal as it was is in the backups folder.');
    return EXIT.ok;
  } finally {
    await journal.close();
  }
}

function report(plan: ImportPlan, label: string, dryRun: boolean, io: CliIo): ExitCode {
  for (const line of formatPlanReport(plan, label, dryRun)) io.out(line);
  if (plan.problems.some((p) => p.severity === 'error')) {
    io.err('Nothing was imported: the file has errors (see above).');
    return EXIT.badInput;
  }
  return EXIT.ok;
}
