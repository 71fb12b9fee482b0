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
}

export interface ImportPlan {
  format: string;
  source: Source;
  added: ContactDraft[];
  updated: PlannedUpdate[];
  unchanged: Array<{ contactId: string; name: string; line: number }>;
  skipped: Array<{ line: number; reason: string }>;
  problems: ImportProblem[];
}

export function describeJob(role: string, company: string): string {
  if (role && company) return `${role} at ${company}`;
  return role || company || '—';
}

function index(doc: Y.Doc): { byUrl: Map<string, Contact>; byName: Map<string, Contact> } {
  const byUrl = new Map<string, Contact>();
  const byName = new Map<string, Contact>();
  contactsMap(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const c = readContact(id, map);
    if (c.deletedAt) return;
    const u = urlKey(c.linkedinUrl);
    if (u && !byUrl.has(u)) byUrl.set(u, c);
    const n = nameCompanyKey(c.name, c.company);
    if (n && !byName.has(n)) byName.set(n, c);
  });
  return { byUrl, byName };
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
  const { byUrl, byName } = index(doc);
  const seenInFile = new Map<string, number>();
  for (const draft of parsed.drafts) {
    const keys = [urlKey(draft.linkedinUrl), nameCompanyKey(draft.name, draft.company)].filter((k): k is string => !!k);
    if (keys.length === 0) {
      plan.skipped.push({ line: draft.line, reason: 'no name' });
      continue;
    }
    const earlier = keys.map((k) => seenInFile.get(k)).find((l) => l !== undefined);
    if (earlier !== undefined) {
      plan.skipped.push({ line: draft.line, reason: `same person as line ${earlier}` });
      continue;
    }
    for (const k of keys) seenInFile.set(k, draft.line);
    const u = urlKey(draft.linkedinUrl);
    const n = nameCompanyKey(draft.name, draft.company);
    const existing = (u ? byUrl.get(u) : undefined) ?? (n ? byName.get(n) : undefined);
    if (!existing) {
      plan.added.push(draft);
      continue;
    }
    const update = planUpdate(existing, draft, source);
    if (update) plan.updated.push(update);
    else plan.unchanged.push({ contactId: existing.id, name: existing.name, line: draft.line });
  }
  return plan;
}
