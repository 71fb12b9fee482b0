// The CLI's reading commands: stats, verify, backup and export. None of them changes the journal.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type * as Y from 'yjs';
import { localDay } from '@shared/schema';
import { encodeRapportFile } from '@shared/export/rapport-file';
import { verifyStore } from '../store';
import { saveBackup } from '../backup/backup-files';
import { readJournal } from './journal-access';
import { CliError, EXIT, type CliIo, type ExitCode } from './output';
import { EXPORTERS, type ExportFormat } from '../export/exporters';
import { journalStats, statsLines } from './stats';

export async function statsCommand(dataDir: string, json: boolean, io: CliIo): Promise<ExitCode> {
  const doc = await readJournal(dataDir);
  const stats = journalStats(doc, localDay(new Date()));
  if (json) {
    io.out(JSON.stringify(stats));
  } else {
    io.out(`Journal: ${dataDir}`);
    for (const line of statsLines(stats)) io.out(line);
  }
  return EXIT.ok;
}

export async function verifyCommand(dataDir: string, io: CliIo): Promise<ExitCode> {
  const result = await verifyStore(dataDir).catch((error: unknown) => {
    throw new CliError(
      `Cannot read ${dataDir}: ${error instanceof Error ? error.message : String(error)}`,
      EXIT.locked,
    );
  });
  const snap = result.snapshot.present
    ? `${result.snapshot.bytes} bytes, ${result.snapshot.ok ? 'ok' : 'DAMAGED'}`
    : 'none';
  io.out(`snapshot: ${snap}`);
  io.out(
    `log: ${result.log.bytes} bytes, ${result.log.goodRecords} good records${result.log.goodRecords < result.log.records ? ' before the damage' : ''}`,
  );
  for (const problem of result.problems)
    if (problem.kind === 'recovered') io.out(`recovery: ${problem.message}`);
    else io.err(`problem: ${problem.message}`);
  for (const note of result.reserves) io.err(`note: ${note}`);
  io.out(
    result.ok
      ? 'The journal is healthy.'
      : 'The journal has damage (see above). `rapport repair`, or opening it in Rapport, repairs it and keeps the damaged files aside.',
  );
  return result.ok ? EXIT.ok : EXIT.badInput;
}

export async function backupCommand(dataDir: string, io: CliIo): Promise<ExitCode> {
  const doc = await readJournal(dataDir);
  const entry = await saveBackup(dataDir, 'manual', encodeRapportFile(doc), new Date());
  io.out(entry.path);
  return EXIT.ok;
}

export async function exportCommand(
  dataDir: string,
  format: string | undefined,
  target: string | undefined,
  io: CliIo,
): Promise<ExitCode> {
  if (!format || !(format in EXPORTERS))
    throw new CliError('Choose a format: rapport export md|json|vcard|rapport PATH', EXIT.usage);
  if (!target) throw new CliError(`Where to? rapport export ${format} PATH`, EXIT.usage);
  const doc: Y.Doc = await readJournal(dataDir);
  const path = resolve(target);
  const written = await EXPORTERS[format as ExportFormat](doc, path, { mkdir, writeFile, dirname });
  io.out(`Exported ${written} to ${path}`);
  return EXIT.ok;
}
