import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  contactNotes,
  eventNotes,
  getEvent,
  getReflection,
  listContacts,
  listEvents,
  listReflections,
  migrate,
  readMeta,
  reflectionBody,
} from '../schema';
import { encodeRapportFile } from '../export/rapport-file';
import { practiceJournal } from '../export/test-journal';
import { replica } from '../schema/test-support';
import { applyRapportImport, planRapportImport } from './rapport-import';

describe('.rapport import of events and reflections', () => {
  it('merges a snapshot of the same journal exactly, events and reflections included', () => {
    const source = practiceJournal();
    const earlier = new Y.Doc();
    migrate(earlier);
    earlier.getMap('meta').set('journalId', readMeta(source.doc).journalId);
    const planned = planRapportImport(earlier, encodeRapportFile(source.doc));
    expect(planned.kind).toBe('same-journal');
    applyRapportImport(earlier, planned);
    expect(listEvents(earlier)).toEqual(listEvents(source.doc));
    expect(listReflections(earlier)).toEqual(listReflections(source.doc));
    expect(reflectionBody(earlier, source.reflection).toJSON()).toBe(
      reflectionBody(source.doc, source.reflection).toJSON(),
    );
  });

  it('merges another journal entity by entity: new ids for people, links following them, rich text intact', () => {
    const source = practiceJournal();
    const target = new Y.Doc();
    migrate(target);
    const planned = planRapportImport(target, encodeRapportFile(source.doc));
    expect(planned.kind).toBe('other-journal');
    expect(planned.plan.problems).toEqual([]);
    applyRapportImport(target, planned);
    expect(readMeta(target).journalId).not.toBe(readMeta(source.doc).journalId);
    const asa = listContacts(target).find((c) => c.name === 'Åsa Lind')!;
    expect(asa.id).not.toBe(source.asa);
    expect(getReflection(target, source.reflection)).toMatchObject({
      contactIds: [asa.id],
      eventIds: [source.event],
      goalIds: [source.goal],
    });
    expect(getEvent(target, source.event)).toMatchObject({ energySpent: 4, meetNames: ['Noor Haddad'] });
    // Bold and italic, the bullet list and the heading came through as they were, not as plain lines.
    const same = (a: Y.XmlFragment, b: Y.XmlFragment) => expect(a.toJSON()).toBe(b.toJSON());
    same(reflectionBody(target, source.reflection), reflectionBody(source.doc, source.reflection));
    expect(reflectionBody(target, source.reflection).toJSON()).toContain('<bold>listened</bold>');
    same(eventNotes(target, source.event), eventNotes(source.doc, source.event));
    same(contactNotes(target, asa.id), contactNotes(source.doc, source.asa));
  });

  it('changes nothing when the snapshot of another journal is imported twice', () => {
    const source = practiceJournal();
    const target = new Y.Doc();
    migrate(target);
    applyRapportImport(target, planRapportImport(target, encodeRapportFile(source.doc)));
    const once = replica(target);
    const again = planRapportImport(target, encodeRapportFile(source.doc));
    expect(again.plan.others).toEqual([]);
    applyRapportImport(target, again);
    expect(listReflections(target)).toEqual(listReflections(once));
    expect(listEvents(target)).toEqual(listEvents(once));
  });
});
