import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEvent, getEvent, updateEvent } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { missingPrep, prepText, whenText } from './event-wording';

const t = (key: string, options?: Record<string, unknown>): string =>
  options ? `${key}(${JSON.stringify(options)})` : key;

describe('event wording', () => {
  it('says when an event is, with the time when known', () => {
    expect(whenText({ date: '2026-12-03', time: '18:30' }, 'en')).toBe('Dec 3, 2026, 18:30');
    expect(whenText({ date: '2026-12-03', time: undefined }, 'sv')).toBe('3 dec. 2026');
    expect(whenText({ date: '', time: '18:30' }, 'en')).toBe('');
  });

  it('names what is still to prepare, in the order the page asks, until it is prepared', () => {
    const doc = new Y.Doc();
    const now = at('2026-11-30');
    const id = createEvent(doc, { title: 'Meetup' }, now);
    expect(missingPrep(getEvent(doc, id)!)).toEqual(['purpose', 'people', 'openers']);
    expect(prepText(getEvent(doc, id)!, t)).toBe(
      'events.prep.missing({"list":"events.prep.purpose, events.prep.people, events.prep.openers"})',
    );
    updateEvent(doc, id, { purpose: 'Meet designers', openers: ['What brought you here?'], meetNames: ['Maja'] }, now);
    expect(prepText(getEvent(doc, id)!, t)).toBe('events.prep.ready');
  });
});
