import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import * as Y from 'yjs';
import {
  createContact,
  createEvent,
  createGoal,
  listContacts,
  listEvents,
  listGoals,
  listInteractions,
  logInteraction,
  updateContact,
} from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { reviewWeek } from '@shared/practice/review-summary';
import { featureStrings } from '../../i18n/features';
import { summaryLines } from './summary-lines';

async function translator(lng: 'en' | 'sv') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: { [lng]: { translation: featureStrings(lng) } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

function week() {
  const doc = new Y.Doc();
  const old = at('2026-10-01');
  const ana = createContact(doc, { name: 'Ana', stage: 'in-touch', cadence: { idealDays: 14, maxDays: 30 } }, old);
  logInteraction(doc, { date: '2026-10-05', kind: 'call', contactIds: [ana] }, old);
  const cy = createContact(doc, { name: 'Cy' }, old);
  updateContact(doc, cy, { stage: 'reached-out' }, at('2026-11-24'));
  logInteraction(doc, { date: '2026-11-25', kind: 'coffee', contactIds: [cy] }, at('2026-11-25'));
  createGoal(doc, { title: 'Find a mentor' }, old);
  createEvent(doc, { title: 'Design meetup', date: '2026-12-01', energyPlanned: 3 }, old);
  return reviewWeek(
    {
      contacts: listContacts(doc),
      interactions: listInteractions(doc),
      events: listEvents(doc),
      goals: listGoals(doc),
      budget: 12,
    },
    '2026-11-27',
  );
}

describe('the weekly reflection’s summary lines', () => {
  it('says the week in a few plain English sentences', async () => {
    expect(summaryLines(week(), await translator('en'), 'en-GB')).toEqual([
      'Week 48, 23 November – 29 November.',
      '1 interaction, 1 new person reached out, 1 stage move, 0 events.',
      'Energy: 2 of 12 points.',
      'Reached out: Cy.',
      'Moved: Cy (now reached out).',
      'Went quiet: Ana.',
      'Goal “Find a mentor”: no plan steps yet; nobody reached out yet.',
      'Next week: Design meetup (Tue 1 Dec); 3 points planned.',
    ]);
  });

  it('and in Swedish', async () => {
    const lines = summaryLines(week(), await translator('sv'), 'sv');
    expect(lines[0]).toBe('Vecka 48, 23 november – 29 november.');
    expect(lines[1]).toBe('1 kontakt, 1 ny person kontaktad, 1 flytt i pipelinen, 0 evenemang.');
    expect(lines[4]).toBe('Flyttade: Cy (nu kontaktad).');
    expect(lines[5]).toBe('Har tystnat: Ana.');
    expect(lines[6]).toBe('Mål ”Find a mentor”: inga steg i planen än; ingen kontaktad än.');
  });
});
