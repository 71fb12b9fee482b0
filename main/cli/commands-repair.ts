// `rapport repair`: recovers a damaged journal from the command line, as the app does on open. The journal
// files are first copied into DIR/journal-damaged-<time>/, then every good source is merged (main/store/
// recovery), then the folder is verified. Refused while the app has the journal open (exit 3).
import { constants } from 'node:fs';
import { copyFile, mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { migrate, newerSchema } from '@shared/schema';
import { JournalFileStore, readStoreState, StoreLockedError, verifyStore, type StoreReport } from '../store';
import { fsyncFolder } from '../store/durable-io';
import { assertJournalFolder } from './journal-access';
import { CliError, EXIT, type CliIo, type ExitCode } from './output';

export const JOURNAL_FILES = ['journal.snapshot', 'journal.snapshot.prev', 'journal.log', 'journal.log.prev'];

/** Copies the journal files as they are into a new folder beside them; never overwrites an earlier copy. */
export async function copyJournalFiles(dataDir: string, now: Date = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let folder = join(dataDir, `journal-damaged-${stamp}`);
  for (let n = 2; ; n += 1) {
    try {
      await mkdir(folder);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      folder = join(dataDir, `journal-damaged-${stamp}-${n}`);
    }
  }
  for (const file of JOURNAL_FILES) {
    try {
      await copyFile(join(dataDir, file), join(folder, file), constants.COPYFILE_EXCL);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const handle = await open(join(folder, file), 'r+');
    await handle.sync().finally(() => handle.close());
  }
  await fsyncFolder(folder);
  await fsyncFolder(dataDir);
  return folder;
}

const say = (io: CliIo, report: StoreReport): void =>
  report.kind === 'recovered' ? io.out(report.message) : io.err(`found: ${report.message}`);

export async function repairCommand(dataDir: string, io: CliIo): Promise<ExitCode> {
  assertJournalFolder(dataDir);
  // A journal from a newer Rapport is never rewritten by this one, not even to repair it.
  const peek = new Y.Doc();
  Y.applyUpdate(peek, (await readStoreState(dataDir)).update);
  const newer = newerSchema(peek);
  peek.destroy();
  if (newer) throw new CliError(`${newer.message}\nRepair it with that version. Nothing was written.`, EXIT.locked);
  let copy: string | undefined;
  let store: JournalFileStore;
  try {
    store = await JournalFileStore.open(dataDir, {
      // The lock is held from here on, so the copy and the repair see the same files.
      beforeLoad: async () => {
        if (!(await verifyStore(dataDir)).ok) copy = await copyJournalFiles(dataDir);
      },
    });
  } catch (error) {
    if (error instanceof StoreLockedError)
      throw new CliError(
        `${error.message}\nQuit Rapport first: it repairs the journal itself when it opens.`,
        EXIT.locked,
      );
    throw new CliError(
      `Cannot repair the journal in ${dataDir}: ${error instanceof Error ? error.message : String(error)}`,
      EXIT.locked,
    );
  }
  const doc = store.doc;
  try {
    migrate(doc); // as the app does on open; an identity recovered from the files is kept
    await store.whenFlushed();
  } finally {
    await store.destroy();
    doc.destroy();
  }
  if (!copy) {
    io.out('The journal is healthy; there was nothing to repair.');
    return EXIT.ok;
  }
  io.out(`The journal files as they were are copied into ${copy}`);
  for (const report of store.reports) say(io, report);
  const after = await verifyStore(dataDir);
  for (const problem of after.problems) io.err(`still: ${problem.message}`);
  io.out(after.ok ? 'Verified: the journal is healthy now.' : 'The journal still has damage (see above).');
  return after.ok ? EXIT.ok : EXIT.badInput;
}
