import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, listContacts, migrate } from '../schema';
import { decodeRapportFile, encodeRapportFile, RapportFileError } from './rapport-file';

function sample(): Y.Doc {
  const doc = new Y.Doc();
  migrate(doc);
  createContact(doc, { name: 'Åsa', company: 'Nordlys' });
  return doc;
}

describe('.rapport snapshot', () => {
  it('round-trips the exact state and says whose journal it is', () => {
    const doc = sample();
    const bytes = encodeRapportFile(doc, new Date('2026-01-02T03:04:05Z'));
    const { header, state } = decodeRapportFile(bytes);
    expect(header).toMatchObject({
      format: 'rapport-snapshot',
      schemaVersion: 1,
      epoch: 1,
      createdAt: '2026-01-02T03:04:05.000Z',
    });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, state);
    expect(listContacts(copy).map((c) => c.name)).toEqual(['Åsa']);
    expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(doc));
  });

  it.each([
    ['an empty file', new Uint8Array()],
    ['another format', new TextEncoder().encode('BEGIN:VCARD\r\n')],
  ])('refuses %s with a clear message', (_label, bytes) => {
    expect(() => decodeRapportFile(bytes)).toThrow(/Not a Rapport snapshot/);
  });

  it('refuses a truncated or damaged snapshot', () => {
    const bytes = encodeRapportFile(sample());
    expect(() => decodeRapportFile(bytes.slice(0, 14))).toThrow(RapportFileError);
    const badHeader = bytes.slice();
    badHeader[13] = 0x7b; // corrupt inside the JSON header
    badHeader[14] = 0x7b;
    expect(() => decodeRapportFile(badHeader)).toThrow(RapportFileError);
    const truncated = bytes.slice(0, bytes.length - 5);
    expect(() => decodeRapportFile(truncated)).toThrow(/cannot be read/);
  });
});
