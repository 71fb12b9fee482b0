// The data side of the benchmark, in Node: building and loading the journal, and the pure list and board
// computations the screens run on every change.
import * as Y from 'yjs';
import {
  contactsMap,
  duplicateIndex,
  lastInteractionDates,
  listContacts,
  listEvents,
  listCircles,
  listGoals,
  listInteractions,
  weekOf,
  logInteraction,
  updateContact,
} from '@shared/schema';
import { DEFAULT_QUERY, queryContacts } from '../renderer/src/views/contacts/contact-query';
import { LiveContacts } from '../renderer/src/data/live-contacts';
import { columnGrouper, groupByStage } from '../renderer/src/views/pipeline/pipeline-board';
import { LiveLastInteractions } from '../renderer/src/views/contacts/live-last-interactions';
import { todayItems } from '../renderer/src/views/today/today-items';
import { insights } from '@shared/insights';
import { ContactSuggester } from '../main/quick-note/contact-suggestions';
import { describeSize, type GeneratedJournal, type JournalSize } from './generate';
import { medianOf, ms, time, type Row } from './stats';

/** `journal` is freshly generated (it is edited here); `update` is its state before any edit. */
export function runNodeBench(journal: GeneratedJournal, size: JournalSize, buildMs: number, update: Uint8Array): Row[] {
  const { doc, contactIds } = journal;
  const loaded = time(() => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, update);
    return copy;
  });
  const all = listContacts(doc);
  // The screens query the live store's array, which is in document order, not sorted by name.
  const unsorted = [...all].sort((a, b) => a.id.localeCompare(b.id));
  const last = lastInteractionDates(doc);
  const live = new LiveContacts(doc);
  const firstRead = time(() => live.getSnapshot());
  const someone = contactIds[0] as string;
  let flip = false;
  const afterEdit = medianOf(10, () => {
    flip = !flip;
    updateContact(doc, someone, { role: flip ? 'Design Lead' : 'Head of Design' });
    return live.getSnapshot();
  });
  const q = (query: Partial<typeof DEFAULT_QUERY>) =>
    medianOf(10, () => queryContacts(unsorted, { ...DEFAULT_QUERY, ...query }, last, 'en'));
  const lastLive = new LiveLastInteractions(doc);
  const lastFirst = time(() => lastLive.getSnapshot());
  const lastAfterLog = medianOf(5, () => {
    logInteraction(doc, { kind: 'message', contactIds: [someone] });
    return lastLive.getSnapshot();
  });
  const group = columnGrouper();
  group(live.getSnapshot(), 'en');
  const stages = ['reached-out', 'identified'] as const;
  let move = 0;
  const regroup = medianOf(10, () => {
    updateContact(doc, someone, { stage: stages[move++ % 2] });
    return group(live.getSnapshot(), 'en');
  });
  const byName = q({});
  const grouped = medianOf(10, () => groupByStage(unsorted, 'en'));
  const index = medianOf(5, () => duplicateIndex(unsorted));
  // Today on the generator's own "today": one pass over everyone for next steps and keep-in-touch.
  const day = '2026-06-15';
  const since = weekOf(day).start;
  const week = listInteractions(doc).filter((i) => i.date >= since);
  const events = listEvents(doc);
  const select = () =>
    todayItems({
      today: day,
      contacts: unsorted,
      lastInteractions: last,
      events,
      interactions: week,
      inboxCount: 0,
      energyBudget: 12,
      reviewDay: 5,
      lastReviewOn: undefined,
    });
  const today = medianOf(10, select);
  const picked = select();
  // Insights over what its screen reads (every live entity, unsorted people), for the shortest and longest period.
  const insightsData = {
    contacts: unsorted,
    interactions: listInteractions(doc),
    events,
    goals: listGoals(doc),
    circles: listCircles(doc),
    budget: 12,
    target: 2,
  };
  const insights12 = medianOf(10, () => insights(insightsData, day, 12));
  const insights52 = medianOf(10, () => insights(insightsData, day, 52));

  // The quick note's "About whom?": main answers each keystroke from its cached, folded names.
  const people = new ContactSuggester(() => doc);
  const pickerFirst = time(() => people.suggest(''));
  const keys = ['a', 'an', 'ann', 'anna', 'anna l', 'zzz'];
  let key = 0;
  const pickerKey = medianOf(30, () => people.suggest(keys[key++ % keys.length] as string));
  const pickerAfterEdit = medianOf(5, () => {
    flip = !flip;
    updateContact(doc, someone, { name: flip ? 'Anna Lind' : 'Anna Lindqvist' });
    return people.suggest('');
  });
  people.dispose();

  const rows: Row[] = [
    { what: `build the journal (${describeSize(size)})`, result: ms(buildMs) },
    { what: 'stored size (one Yjs update)', result: `${(update.length / 1024 / 1024).toFixed(1)} MB` },
    { what: 'load the journal from that update', result: ms(loaded.ms) },
    { what: 'read every contact (listContacts)', result: ms(medianOf(5, () => listContacts(doc))) },
    { what: 'live contacts: first read', result: ms(firstRead.ms) },
    { what: 'live contacts: after one edit', result: ms(afterEdit), target: '< 5 ms', ok: afterEdit < 5 },
    {
      what: 'last interaction per contact (lastInteractionDates)',
      result: ms(medianOf(5, () => lastInteractionDates(doc))),
    },
    { what: 'live last interactions: first read', result: ms(lastFirst.ms) },
    {
      what: 'live last interactions: after logging one',
      result: ms(lastAfterLog),
      target: '< 20 ms',
      ok: lastAfterLog < 20,
    },
    { what: 'query: everyone by name', result: ms(byName), target: '< 50 ms', ok: byName < 50 },
    { what: 'query: stage + tag filter, by name', result: ms(q({ stage: 'identified', tag: 'design' })) },
    { what: 'query: everyone by last interaction', result: ms(q({ sort: 'lastInteraction' })) },
    { what: 'query: everyone by next-step due date', result: ms(q({ sort: 'nextStep' })) },
    { what: 'board: group by stage, sorted', result: ms(grouped), target: '< 50 ms', ok: grouped < 50 },
    { what: 'board: regroup after one move (incremental)', result: ms(regroup), target: '< 10 ms', ok: regroup < 10 },
    { what: 'duplicate index for "New contact"', result: ms(index), target: '< 100 ms', ok: index < 100 },
    {
      what: `Today: select and order the day (${picked.nextSteps.length} next steps, ${picked.losingTouch.length} to keep in touch)`,
      result: ms(today),
      target: '< 50 ms',
      ok: today < 50,
    },
    { what: 'quick note "About whom?": field focused, names folded (once)', result: ms(pickerFirst.ms) },
    {
      what: 'quick note "About whom?": one keystroke',
      result: ms(pickerKey),
      target: '< 10 ms',
      ok: pickerKey < 10,
    },
    { what: 'quick note "About whom?": folded again after a rename', result: ms(pickerAfterEdit) },
    {
      what: 'Insights: every chart’s numbers, last 12 weeks',
      result: ms(insights12),
    },
    {
      what: 'Insights: every chart’s numbers, last 52 weeks',
      result: ms(insights52),
    },
  ];
  if (contactsMap(loaded.value).size !== contactsMap(doc).size) throw new Error('The loaded journal lost contacts');
  return rows;
}
