// A journal folder as a newer Rapport (schema 7) would leave it: this Rapport opens it for reading only,
// so every write main is asked for is refused with the reason.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { encodeSnapshot } from '../../main/store/record-log';

export function writeNewerJournal(dataDir: string): void {
  const doc = new Y.Doc();
  const meta = doc.getMap('meta');
  meta.set('journalId', 'j-newer');
  meta.set('epoch', 1);
  meta.set('createdAt', '2026-11-01T09:00:00.000Z');
  meta.set('schemaVersion', 7);
  const person = new Y.Map<unknown>();
  doc.getMap('contacts').set('c-1', person);
  person.set('name', 'Maja Ek');
  person.set('createdAt', '2026-11-01T09:00:00.000Z');
  person.set('updatedAt', '2026-11-01T09:00:00.000Z');
  writeFileSync(join(dataDir, 'journal.snapshot'), encodeSnapshot(Y.encodeStateAsUpdate(doc)));
}
