// `rapport import …`: parse, plan, print the same report as the app's preview, then (unless --dry-run)
// back up and write in one transaction. Bad input writes nothing and exits 1.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import * as Y from 'yjs';
import { parseLinkedInCsv } from '@shared/import/linkedin-csv';
import { parseVCards } from '@shared/import/vcard-parse';
import { planContactImport, type ImportPlan } from '@shared/import/plan-contacts';
import { applyContactImport } from '@shared/import/apply-contacts';
import { applyJsonImport, planJsonImport } from '@shared/import/json-import';
import { applyRapportImport, planRapportImport } from '@shared/import/rapport-import';
import { formatPlanReport } from '@shared/import/report';
import { encodeRapportFile } from '@shared/export/rapport-file';
import { saveBackup } from '../backup/backup-files';
import { openJournalForWriting, readJournal } from './journal-access';
import { CliError, EXIT, type CliIo, type ExitCode } from './output';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const KINDS = ['linkedin', 'vcard', 'json', 'rapport'] as const;
type Kind = (typeof KINDS)[number];

interface Planned {
  plan: ImportPlan;
  apply(doc: Y.Doc): void;
}

function planFor(kind: Kind, doc: Y.Doc, bytes: Uint8Array): Planned {
  const text = (): string => new TextDecoder('utf-8').decode(bytes);
  switch (kind) {
    case 'linkedin': {
      const plan = planContactImport(doc, parseLinkedInCsv(text()), 'linkedin');
      return { plan, apply: (d) => void applyContactImport(d, plan) };
    }
    case 'vcard': {
      const plan = planContactImport(doc, parseVCards(text()), 'vcard');
      return { plan, apply: (d) => void applyContactImport(d, plan) };
    }
    case 'json': {
      const plan = planJsonImport(doc, text());
      return { plan, apply: (d) => void applyJsonImport(d, plan) };
    }
    case 'rapport': {
      const planned = planRapportImport(doc, bytes);
      return { plan: planned.plan, apply: (d) => applyRapportImport(d, planned) };
    }
  }
}

async function readInput(file: string): Promise<Uint8Array> {
  const path = resolve(file);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new CliError(`Cannot read ${file}: no such file.`, EXIT.badInput);
  if (info.size > MAX_IMPORT_BYTES) {
    throw new CliError(`${file} is ${(info.size / 1024 / 1024).toFixed(1)} MB; Rapport imports files up to 50 MB. Nothing was imported.`, EXIT.badInput);
  }
  return new Uint8Array(await readFile(path));
}

export async function importCommand(dataDir: string, kind: string | undefined, file: string | undefined, dryRun: boolean, io: CliIo): Promise<ExitCode> {
  if (!kind || !(KINDS as readonly string[]).includes(kind)) throw new CliError('Choose what to import: rapport import linkedin|vcard|json|rapport FILE', EXIT.usage);
  if (!file) throw new CliError(`Which file? rapport import ${kind} FILE`, EXIT.usage);
  const bytes = await readInput(file);
  const label = basename(file);

  // Plan on a read-only copy first: a file with errors never opens, locks or creates anything.
  const preview = planFor(kind as Kind, existsSync(dataDir) ? await readJournal(dataDir) : new Y.Doc(), bytes).plan;
  if (dryRun || preview.problems.some((p) => p.severity === 'error')) return report(preview, label, dryRun, io);
  const journal = await openJournalForWriting(dataDir);
  try {
    const planned = planFor(kind as Kind, journal.doc, bytes);
    const code = report(planned.plan, label, false, io);
    if (code !== EXIT.ok) return code;
    if (planned.plan.added.length === 0 && planned.plan.updated.length === 0 && !('others' in planned.plan && (planned.plan as { others: unknown[] }).others.length > 0)) {
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
