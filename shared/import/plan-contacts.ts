// Plans a contact import before anything is written: which drafts are new, which update a person already
// in the journal (and how), which change nothing and which are skipped — the preview and the CLI report.
import * as Y from 'yjs';
import { contactsMap, readContact, type Contact, type Source } from '../schema/contacts';
import type { ContactDraft, ImportProblem, ParseResult } from './contact-draft';
import { nameCompanyKey, urlKey } from './match-keys';

export interface JobChange {
  from: string;
  to: string;
}

export interface PlannedUpdate {
  contactId: string;
  name: string;
  line: number;
  /** Fields that were empty and are filled from the file; nothing the user wrote is overwritten. */
  fills: { connectedOn?: string; linkedinUrl?: string; location?: string; company?: string; role?: string };
  addEmails: string[];
  addPhones: string[];
  /** LinkedIn re-import: company or position changed; both fields are updated and the change is logged. */
  jobChange?: JobChange & { company: string; role: string };
  /** Matched by name and company only (one side has no profile address): shown for the user to confirm. */
  probable?: boolean;
}

export interface ImportPlan {
  format: string;
  source: Source;
  added: ContactDraft[];
  updated: PlannedUpdate[];
  unchanged: Array<{ contactId: string; name: string; line: number; probable?: boolean }>;
  /** `reason` in English (the CLI); `sameAs` is the earlier line of the same person, absent for a row without a name. */
  skipped: Array<{ line: number; reason: string; sameAs?: number }>;
  problems: ImportProblem[];
}

export function describeJob(role: string, company: string): string {
  if (role && company) return `${role} at ${company}`;
  return role || company || '—';
}

/**
 * The journal's people by profile address, and by name + company. Different profile addresses are different
 * people (two Anna Karlssons at one large employer are common), so a name + company match counts only when
 * one side has no profile address.
 */
interface People<T> {
  byUrl: Map<string, T>;
  /** Entries without a profile address. */
  byNameNoUrl: Map<string, T>;
  /** Every entry. */
  byName: Map<string, T>;
}

function people<T>(): People<T> {
  return { byUrl: new Map(), byNameNoUrl: new Map(), byName: new Map() };
}

function remember<T>(index: People<T>, u: string | undefined, n: string | undefined, value: T): void {
  if (u && !index.byUrl.has(u)) index.byUrl.set(u, value);
  if (n && !index.byName.has(n)) index.byName.set(n, value);
  if (n && !u && !index.byNameNoUrl.has(n)) index.byNameNoUrl.set(n, value);
}

/** The same person: the same profile, else the same name and company where one side has no profile. */
function find<T>(
  index: People<T>,
  u: string | undefined,
  n: string | undefined,
): { value: T; probable: boolean } | undefined {
  const byUrl = u ? index.byUrl.get(u) : undefined;
  if (byUrl !== undefined) return { value: byUrl, probable: false };
  const byName = n ? (u ? index.byNameNoUrl : index.byName).get(n) : undefined;
  return byName !== undefined ? { value: byName, probable: true } : undefined;
}

function index(doc: Y.Doc): People<Contact> {
  const known = people<Contact>();
  contactsMap(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const c = readContact(id, map);
    if (c.deletedAt) return;
    remember(known, urlKey(c.linkedinUrl), nameCompanyKey(c.name, c.company), c);
  });
  return known;
}

function newValues(existing: readonly string[], incoming: readonly string[]): string[] {
  const have = new Set(existing.map((v) => v.toLowerCase()));
  return incoming.filter((v) => v.trim() !== '' && !have.has(v.toLowerCase()));
}

function planUpdate(existing: Contact, draft: ContactDraft, source: Source): PlannedUpdate | undefined {
  const update: PlannedUpdate = {
    contactId: existing.id,
    name: existing.name,
    line: draft.line,
    fills: {},
    addEmails: [],
    addPhones: [],
  };
  if (!existing.connectedOn && draft.connectedOn) update.fills.connectedOn = draft.connectedOn;
  if (!existing.linkedinUrl && draft.linkedinUrl) update.fills.linkedinUrl = draft.linkedinUrl;
  if (!existing.location && draft.location) update.fills.location = draft.location;
  const company = draft.company ?? '';
  const role = draft.role ?? '';
  const hadJob = existing.company !== '' || existing.role !== '';
  const jobDiffers = (company !== '' && company !== existing.company) || (role !== '' && role !== existing.role);
  if (source === 'linkedin' && hadJob && jobDiffers) {
    const next = { company: company || existing.company, role: role || existing.role };
    update.jobChange = {
      from: describeJob(existing.role, existing.company),
      to: describeJob(next.role, next.company),
      ...next,
    };
  } else {
    if (!existing.company && company) update.fills.company = company;
    if (!existing.role && role) update.fills.role = role;
  }
  update.addEmails = newValues(existing.emails, draft.emails);
  update.addPhones = newValues(existing.phones, draft.phones);
  const changes =
    Object.keys(update.fills).length + update.addEmails.length + update.addPhones.length + (update.jobChange ? 1 : 0);
  return changes > 0 ? update : undefined;
}

export function planContactImport(doc: Y.Doc, parsed: ParseResult, source: Source): ImportPlan {
  const plan: ImportPlan = {
    format: parsed.format,
    source,
    added: [],
    updated: [],
    unchanged: [],
    skipped: [],
    problems: parsed.problems,
  };
  const known = index(doc);
  const seenInFile = people<number>();
  for (const draft of parsed.drafts) {
    const u = urlKey(draft.linkedinUrl);
    const n = nameCompanyKey(draft.name, draft.company);
    if (!u && !n) {
      plan.skipped.push({ line: draft.line, reason: 'no name' });
      continue;
    }
    const earlier = find(seenInFile, u, n);
    if (earlier !== undefined) {
      plan.skipped.push({ line: draft.line, reason: `same person as line ${earlier.value}`, sameAs: earlier.value });
      continue;
    }
    remember(seenInFile, u, n, draft.line);
    const match = find(known, u, n);
    if (!match) {
      plan.added.push(draft);
      continue;
    }
    const existing = match.value;
    const probable = match.probable ? { probable: true } : {};
    const update = planUpdate(existing, draft, source);
    if (update) plan.updated.push({ ...update, ...probable });
    else plan.unchanged.push({ contactId: existing.id, name: existing.name, line: draft.line, ...probable });
  }
  return plan;
}
