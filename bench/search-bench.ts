// Search figures (issue 12): building the index over a whole journal, re-indexing after one edit, and
// query times for what people type — 1–3-letter prefixes while typing, whole words, a word with a typo.
import * as Y from 'yjs';
import { updateContact, listContacts } from '@shared/schema';
import { buildIndex, LiveSearchIndex } from '@shared/search';
import { medianOf, ms, percentile, time, type Row } from './stats';

const PREFIXES = {
  '1 letter': ['a', 'e', 's', 'm', 'k', 'l', 'j', 'o'],
  '2 letters': ['an', 'sj', 'ma', 'er', 'jo', 'li', 'be', 'ka'],
  '3 letters': ['and', 'sjo', 'mal', 'ber', 'eri', 'lin', 'kar', 'joh'],
};

export interface SearchFigures {
  people: number;
  documents: number;
  buildMs: number;
  editMs: number;
  queries: Record<string, { p50: number; p95: number; hits: number }>;
}

function p95Of(index: ReturnType<typeof buildIndex>, queries: readonly string[], rounds: number) {
  const times: number[] = [];
  let hits = 0;
  for (const q of queries) index.search(q); // warm-up
  for (let round = 0; round < rounds; round++)
    for (const q of queries) {
      const { ms: took, value } = time(() => index.search(q));
      times.push(took);
      hits += value.length;
    }
  return { p50: percentile(times, 50), p95: percentile(times, 95), hits: Math.round(hits / (rounds * queries.length)) };
}

export function runSearchBench(update: Uint8Array, runs: number): SearchFigures {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const contacts = listContacts(doc);
  const buildMs = medianOf(Math.max(1, Math.min(runs, 3)), () => buildIndex(doc));
  const index = buildIndex(doc);
  // Whole words the journal holds: people's last names and companies, typed as a user would (lower case, no accents).
  const words = contacts
    .slice(0, 400)
    .filter((_, i) => i % 50 === 0)
    .flatMap((c) => [c.name.split(' ').at(-1) ?? '', c.company.split(' ')[0] ?? ''])
    .filter((w) => w.length > 2)
    .map((w) => w.toLowerCase());
  const typos = words.filter((w) => w.length >= 5).map((w) => w.slice(0, 2) + w.slice(3));
  const queries: SearchFigures['queries'] = {};
  for (const [label, list] of Object.entries(PREFIXES)) queries[label] = p95Of(index, list, runs);
  queries['whole words'] = p95Of(index, words, runs);
  queries['a word with a typo'] = p95Of(index, typos, runs);
  // Two words as typed on the way to a longer query: a first name, then a short second word ("anna and").
  const firsts = contacts.slice(0, 400).filter((_, i) => i % 100 === 0);
  const pairs = firsts.flatMap((c) =>
    ['and', 'mal', 'ber'].map((w) => `${(c.name.split(' ')[0] ?? '').toLowerCase()} ${w}`),
  );
  queries['two words, the second short'] = p95Of(index, ['anna and', ...pairs], runs);
  const live = new LiveSearchIndex(doc);
  const someone = contacts[0]?.id ?? '';
  let flip = false;
  const editMs = medianOf(10, () => {
    flip = !flip;
    updateContact(doc, someone, { role: flip ? 'Design Lead' : 'Head of Design' });
  });
  live.destroy();
  return { people: contacts.length, documents: index.size, buildMs, editMs, queries };
}

export function searchRows(name: string, f: SearchFigures): Row[] {
  const rows: Row[] = [
    { what: `index build, ${f.documents} documents (${name})`, result: ms(f.buildMs) },
    { what: 'edit one person → re-indexed', result: ms(f.editMs), target: '≤ 16 ms', ok: f.editMs <= 16 },
  ];
  for (const [label, q] of Object.entries(f.queries))
    rows.push({
      what: `query p95, ${label} (~${q.hits} hits)`,
      result: `${ms(q.p95)} (p50 ${ms(q.p50)})`,
      ...(label === 'two words, the second short' || label === 'a word with a typo'
        ? {}
        : { target: '≤ 10 ms', ok: q.p95 <= 10 }),
    });
  return rows;
}
