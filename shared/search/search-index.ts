// The full-text index over search documents (MiniSearch): folded terms, prefix while typing, one typo in
// longer words, names and titles ranked over details and details over long text, recent first on a tie.
// Each entity can be put or removed on its own, which is what lets the index follow the journal edit by edit.
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { SearchDoc, SearchKind } from './documents';
import { fold, WORD } from './fold';
import { excerpt, matchRanges, type Range } from './snippet';

export interface SearchHit {
  id: string;
  kind: SearchKind;
  entityId: string;
  title: string;
  titleRanges: Range[];
  /** An excerpt of the detail or text that matched; '' when only the title did. */
  snippet: string;
  snippetRanges: Range[];
  score: number;
  updatedAt: string;
  contactId?: string;
  date?: string;
}

const FIELDS = ['title', 'meta', 'body'] as const;
const BOOST = { title: 4, meta: 2, body: 1 };
/** Scores equal to this many decimals count as a tie, which recency then breaks. */
const TIE = 1e6;
/** Below this many letters a word is matched against names and titles only: "a" in every text means nothing. */
const SHORT = 3;
/**
 * Below this many letters a word is matched widening step by step until enough is found: as a prefix in names
 * and titles, then also in details, then also as a whole word in long text. "and" is a word in 8,400
 * interaction summaries at L and expanding it everywhere took 17 ms; it begins 439 names, which answer first.
 */
const TEXT_PREFIX = 4;

/**
 * An interaction's summary and an inbox note's first line are shown as titles but ranked as details:
 * the name tier is for what a person or a page is called.
 */
function extractField(doc: SearchDoc, field: string): string {
  if (field === 'title') return doc.kind === 'interaction' || doc.kind === 'inbox' ? '' : doc.title;
  if (field === 'meta') return doc.kind === 'interaction' ? `${doc.title}\n${doc.meta}` : doc.meta;
  if (field === 'body') return doc.body;
  return field === 'id' ? doc.id : '';
}

function newMiniSearch(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    fields: [...FIELDS],
    storeFields: [],
    extractField: (doc, field) => extractField(doc, field),
    processTerm: (term) => {
      const folded = fold(term);
      return folded === '' ? null : folded;
    },
    searchOptions: {
      boost: BOOST,
      prefix: true,
      fuzzy: (term) => (term.length >= 5 ? 1 : false),
      combineWith: 'AND',
    },
  });
}

export class SearchIndex {
  private mini = newMiniSearch();
  /** What is indexed for each id, kept so remove() takes out exactly the terms that went in. */
  private readonly docs = new Map<string, SearchDoc>();

  get size(): number {
    return this.docs.size;
  }

  get(id: string): SearchDoc | undefined {
    return this.docs.get(id);
  }

  /** Indexes `doc` under `id`, or removes `id` when doc is undefined; an unchanged document is left alone. */
  put(id: string, doc: SearchDoc | undefined): void {
    const before = this.docs.get(id);
    if (before && doc && same(before, doc)) return;
    if (before) {
      this.mini.remove(before);
      this.docs.delete(id);
    }
    if (doc) {
      this.mini.add(doc);
      this.docs.set(id, doc);
    }
  }

  addAll(docs: readonly SearchDoc[]): void {
    const fresh = docs.filter((d) => !this.docs.has(d.id));
    this.mini.addAll(fresh);
    for (const d of fresh) this.docs.set(d.id, d);
  }

  /**
   * The best `limit` hits for `query`; with `perKind`, of those only the first `perKind` of each kind (what
   * the palette shows), so snippets are cut and hits sent across the worker boundary only for those.
   */
  search(query: string, limit = 50, perKind = Infinity): SearchHit[] {
    const words = query.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    // While only a letter or two is typed, names and titles alone are searched (and fast on 10,000 people).
    const short = words.every((w) => w.length < SHORT);
    const results = short ? this.mini.search(query, { fields: ['title'], fuzzy: false }) : this.match(query, limit);
    // MiniSearch sorts by score already; only the top `limit` and whatever ties with the last of them need
    // recency to break the tie, so a prefix matching thousands of entries sorts a few dozen, not all.
    const rounded = (r: SearchResult): number => Math.round(r.score * TIE);
    const last = results[Math.min(limit, results.length) - 1];
    let end = Math.min(limit, results.length);
    if (last) while (end < results.length && rounded(results[end] as SearchResult) === rounded(last)) end += 1;
    const ranked = results.slice(0, end).map((r) => ({
      r,
      id: String(r.id),
      score: rounded(r),
      updatedAt: this.docs.get(String(r.id))?.updatedAt ?? '',
    }));
    ranked.sort((a, b) => b.score - a.score || compare(b.updatedAt, a.updatedAt) || compare(a.id, b.id));
    // Snippets only for what is shown.
    const shown = new Map<SearchKind, number>();
    const hits: SearchHit[] = [];
    for (const { r, id } of ranked.slice(0, limit)) {
      const kind = this.docs.get(id)?.kind;
      if (!kind || (shown.get(kind) ?? 0) >= perKind) continue;
      const hit = this.hit(r);
      if (!hit) continue;
      shown.set(kind, (shown.get(kind) ?? 0) + 1);
      hits.push(hit);
    }
    return hits;
  }

  private match(query: string, limit: number): SearchResult[] {
    const terms = (query.match(WORD) ?? []).filter((t) => fold(t) !== '');
    if (terms.every((t) => t.length >= TEXT_PREFIX)) return this.mini.search(query);
    let results: SearchResult[] = [];
    for (const step of STEPS) {
      results = this.mini.search(tree(terms, step));
      if (results.length >= limit) break;
    }
    return results;
  }

  private hit(result: SearchResult): SearchHit | undefined {
    const doc = this.docs.get(String(result.id));
    if (!doc) return undefined;
    const terms = new Set(result.terms);
    const inText = (doc.meta && excerpt(doc.meta, terms)) || (doc.body && excerpt(doc.body, terms)) || undefined;
    const hit: SearchHit = {
      id: doc.id,
      kind: doc.kind,
      entityId: doc.entityId,
      title: doc.title,
      titleRanges: matchRanges(doc.title, terms),
      snippet: inText?.text ?? '',
      snippetRanges: inText?.ranges ?? [],
      score: result.score,
      updatedAt: doc.updatedAt,
    };
    if (doc.contactId !== undefined) hit.contactId = doc.contactId;
    if (doc.date !== undefined) hit.date = doc.date;
    return hit;
  }
}

/** Where a short word is looked for, widest last; each step finds everything the one before it did. */
const STEPS = [
  { fields: ['title'], text: false },
  { fields: ['title', 'meta'], text: false },
  { fields: ['title', 'meta'], text: true },
] as const;

/**
 * Every word must match (AND); a word shorter than TEXT_PREFIX matches as a prefix in `step.fields` or, with
 * `step.text`, whole in the body. Scores add up as in one query over all fields, less what is not looked at.
 */
function tree(terms: readonly string[], step: (typeof STEPS)[number]): Query {
  const named = (term: string): Query => ({ combineWith: 'AND', queries: [term], fields: [...step.fields] });
  const whole = (term: string): Query => ({ combineWith: 'AND', queries: [term], fields: ['body'], prefix: false });
  return {
    combineWith: 'AND',
    queries: terms.map((term) => {
      if (term.length >= TEXT_PREFIX) return term;
      return step.text ? { combineWith: 'OR', queries: [named(term), whole(term)] } : named(term);
    }),
  };
}

/** Code-unit order: ISO timestamps and ids compare correctly without the cost of localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function same(a: SearchDoc, b: SearchDoc): boolean {
  return (
    a.title === b.title &&
    a.meta === b.meta &&
    a.body === b.body &&
    a.updatedAt === b.updatedAt &&
    a.contactId === b.contactId &&
    a.date === b.date
  );
}
