// Finding a journal's identity in a damaged snapshot.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, metaMap, migrate, readMeta } from '@shared/schema';
import { identityFromDamagedSnapshot } from './identity';
import { encodeSnapshot } from './record-log';

function snapshotOf(epoch?: number): { bytes: Uint8Array; journalId: string } {
  const doc = new Y.Doc();
  migrate(doc);
  if (epoch) metaMap(doc).set('epoch', epoch); // as a restore does: the first value is deleted
  for (let i = 0; i < 40; i += 1) createContact(doc, { name: `Person ${i}`, company: 'Ljusgården' });
  return { bytes: encodeSnapshot(Y.encodeStateAsUpdate(doc)), journalId: readMeta(doc).journalId! };
}

describe('identityFromDamagedSnapshot', () => {
  it('reads the id and the epoch from the readable start of a cut-off snapshot', () => {
    const { bytes, journalId } = snapshotOf();
    expect(identityFromDamagedSnapshot(bytes.slice(0, Math.floor(bytes.length / 2)))).toEqual({ journalId, epoch: 1 });
  });

  it('reads a snapshot whose checksum fails but whose content still decodes', () => {
    const { bytes, journalId } = snapshotOf(3);
    const at = Buffer.from(bytes).indexOf('Person 7');
    const flipped = bytes.map((b, i) => (i === at ? b ^ 0x02 : b));
    expect(identityFromDamagedSnapshot(flipped)).toEqual({ journalId, epoch: 3 });
  });

  it('does not guess an epoch that was set again later, and finds nothing in zeros', () => {
    const { bytes, journalId } = snapshotOf(2);
    expect(identityFromDamagedSnapshot(bytes.slice(0, Math.floor(bytes.length / 2)))).toEqual({
      journalId,
      epoch: undefined,
    });
    expect(identityFromDamagedSnapshot(bytes.map(() => 0))).toBeUndefined();
  });
});
