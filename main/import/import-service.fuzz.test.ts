// Hostile-input campaign for the app's import flow (the CLI plans through the same plan-file.ts): damaged real
// exports in every format, JSON with hostile values and `.rapport` files holding hostile Yjs documents. Each
// file is previewed without writing; a refused file commits nothing, takes no backup and leaves the journal
// byte for byte as it was; an accepted one imports without throwing and leaves a journal that still exports.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeRapportFile } from '@shared/export/rapport-file';
import { exportJournalJson } from '@shared/export/json-export';
import { contactsForVCard } from '@shared/export/vcard-export';
import { practiceJournal } from '@shared/export/test-journal';
import { writeVCards } from '@shared/import/vcard-write';
import { INTERNAL_ERROR_PREFIX } from '@shared/import/problems';
import { COLLECTIONS } from '@shared/schema';
import { campaignAsync, mutated, mutatedText } from '@shared/fuzz/mutations';
import type { BackupService } from '../backup/backup-service';
import { ImportService } from './import-service';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../shared/import/fixtures/${name}`, import.meta.url), 'utf8');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** One hostile file and the journal it is imported into. */
interface Case {
  fileName: string;
  bytes: Uint8Array;
}

/** A copy of the journal every file goes into (so `.rapport` files of the same journal merge exactly). */
function target(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(journal));
  return doc;
}

async function importChecked({ fileName, bytes }: Case): Promise<void> {
  const doc = target();
  let backups = 0;
  const backupService = { backupNow: async () => void (backups += 1) } as unknown as BackupService;
  const service = new ImportService(doc, backupService);
  const before = Y.encodeStateAsUpdate(doc);

  const preview = service.preview(fileName, bytes);
  for (const p of preview.problems) expect(p.message.startsWith(INTERNAL_ERROR_PREFIX), p.message).toBe(false);
  expect(Y.encodeStateAsUpdate(doc), 'a preview wrote to the journal').toEqual(before);

  if (!preview.canImport) {
    expect(preview.problems.some((p) => p.severity === 'error' && p.message.length > 0)).toBe(true);
    await expect(service.commit(preview.id)).rejects.toThrow(/nothing was imported|no longer open/);
    expect(Y.encodeStateAsUpdate(doc), 'a refused import wrote to the journal').toEqual(before);
    expect(backups).toBe(0);
  } else {
    await service.commit(preview.id);
    expect(backups).toBe(1);
    const json = exportJournalJson(doc);
    for (const name of COLLECTIONS) expect(Array.isArray(json[name])).toBe(true);
  }
  service.destroy();
}

const journal = practiceJournal().doc;
const otherJournal = practiceJournal().doc;
const jsonExport = exportJournalJson(journal);
const real = {
  csv: ['linkedin-bom-preamble-crlf.csv', 'linkedin-names-dates.csv', 'linkedin-old-no-url.csv'].map(fixture),
  vcf: [
    writeVCards(contactsForVCard(journal)),
    fixture('vcard30-folded-photo.vcf'),
    fixture('vcard21-quoted-printable.vcf'),
  ],
  json: JSON.stringify(jsonExport, null, 2),
  rapport: encodeRapportFile(journal),
};

/** A JSON export with one value somewhere replaced by any JSON value at all. */
const hostileJson: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...COLLECTIONS), fc.nat(), fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }))
  .chain(([name, index, key, value]) =>
    fc.constantFrom('entity', 'field', 'collection', 'top').map((where) => {
      const copy = JSON.parse(real.json) as Record<string, unknown>;
      const list = copy[name] as Array<Record<string, unknown>>;
      const entity = list[index % Math.max(1, list.length)];
      if (where === 'entity' && entity) list[index % list.length] = value as Record<string, unknown>;
      else if (where === 'field' && entity)
        entity[Object.keys(entity)[index % Object.keys(entity).length] ?? key] = value;
      else if (where === 'collection') copy[name] = value;
      else copy[key || 'schemaVersion'] = value;
      return JSON.stringify(copy);
    }),
  );

/** A `.rapport` file whose header is right but whose journal is hostile: wrong types where entities belong. */
const hostileRapport: fc.Arbitrary<Uint8Array> = fc
  .array(
    fc.tuple(
      fc.constantFrom(...COLLECTIONS, 'meta'),
      fc.string({ maxLength: 8 }),
      fc.jsonValue({ maxDepth: 2 }),
      fc.boolean(),
    ),
    { maxLength: 8 },
  )
  .chain((edits) =>
    fc.boolean().map((sameJournal) => {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(sameJournal ? journal : otherJournal));
      for (const [name, id, value, asMap] of edits) {
        const target = copy.getMap(name);
        if (asMap) {
          const map = new Y.Map<unknown>();
          target.set(id, map);
          map.set('name', value);
          map.set('createdAt', value);
          map.set('contactIds', value);
        } else {
          target.set(id, value);
        }
      }
      return encodeRapportFile(copy);
    }),
  );

describe('import campaign: every file imports or is refused, the journal untouched on refusal', () => {
  const cases: Array<[string, fc.Arbitrary<Case>]> = [
    [
      'LinkedIn CSV',
      fc.oneof(...real.csv.map(mutatedText)).map((text) => ({ fileName: 'Connections.csv', bytes: utf8(text) })),
    ],
    ['vCard', fc.oneof(...real.vcf.map(mutatedText)).map((text) => ({ fileName: 'contacts.vcf', bytes: utf8(text) }))],
    [
      'Rapport JSON',
      fc.oneof(mutatedText(real.json), hostileJson).map((text) => ({ fileName: 'journal.json', bytes: utf8(text) })),
    ],
    [
      '.rapport',
      fc
        .oneof(mutated(real.rapport), hostileRapport, fc.uint8Array({ maxLength: 256 }))
        .map((bytes) => ({ fileName: 'journal.rapport', bytes })),
    ],
  ];
  for (const [format, arb] of cases) {
    it(`${format}: damaged and hostile files`, async () => {
      await campaignAsync(arb, importChecked, 40, 1000);
    });
  }

  it('a file of the wrong kind, or none, is refused before any parsing', async () => {
    await importChecked({ fileName: 'photo.png', bytes: real.rapport });
    await importChecked({ fileName: 'journal.rapport', bytes: new Uint8Array(0) });
    await importChecked({ fileName: 'journal.json', bytes: new Uint8Array(0) });
  });

  it('pathological shapes a quarter megabyte long are answered promptly, never by a stack overflow or a hang', async () => {
    const mb = 256 * 1024; // large enough that a quadratic path takes many seconds
    const shapes: Case[] = [
      { fileName: 'deep.json', bytes: utf8('['.repeat(mb)) },
      { fileName: 'nested.json', bytes: utf8(`${'{"a":'.repeat(mb / 8)}1${'}'.repeat(mb / 8)}`) },
      { fileName: 'quotes.csv', bytes: utf8(`First Name,Last Name,URL\n${'"'.repeat(mb)}`) },
      { fileName: 'commas.csv', bytes: utf8(`First Name,Last Name,URL\n${','.repeat(mb)}`) },
      { fileName: 'folded.vcf', bytes: utf8(`BEGIN:VCARD\n${' x\n'.repeat(mb / 3)}END:VCARD\n`) },
      { fileName: 'params.vcf', bytes: utf8(`BEGIN:VCARD\nFN${';X=1'.repeat(mb / 4)}:a\nEND:VCARD\n`) },
      { fileName: 'huge-header.rapport', bytes: Uint8Array.from([...real.rapport.subarray(0, 8), 255, 255, 0, 0]) },
    ];
    for (const shape of shapes) {
      const started = performance.now();
      await importChecked(shape);
      expect(performance.now() - started, shape.fileName).toBeLessThan(2000);
    }
  });
});
