// A deterministic, realistic-looking journal for the benchmark: 10,000 people across every stage, with tags,
// goals, circles, next steps, rhythms and some 20,000 interactions. Same seed, same journal, every run.
import * as Y from 'yjs';
import {
  STAGES,
  addDays,
  createCircle,
  createContact,
  createGoal,
  logInteraction,
  migrate,
  type ContactInput,
  type Stage,
} from '@shared/schema';

const FIRST = [
  'Åsa',
  'Omar',
  'Linnea',
  'Johan',
  'Sofia',
  'Kenji',
  'Noor',
  'Elias',
  'Maja',
  'Ravi',
  'Ingrid',
  'Tomas',
  'Leila',
  'Nils',
  'Freja',
  'Hugo',
  'Amira',
  'Oskar',
  'Saga',
  'Viktor',
  'Elin',
  'Karim',
  'Ebba',
  'Anton',
  'Yara',
  'Lars',
  'Mei',
  'Felix',
  'Alva',
  'Daniel',
  'Zoë',
  'Björn',
  'Chiara',
  'Mateo',
  'Aino',
  'Jonas',
  'Priya',
  'Emil',
  'Hanna',
  'Idris',
];
const LAST = [
  'Lindqvist',
  'Haddad',
  'Åkesson',
  'Ek',
  'Berg',
  'Watanabe',
  'Nilsson',
  'Holm',
  'Sandberg',
  'Patel',
  'Dahl',
  'Strand',
  'Karimi',
  'Lund',
  'Wikström',
  'Björk',
  'Rossi',
  'García',
  'Virtanen',
  'Öberg',
  'Nguyen',
  'Andersson',
  'Fischer',
  'Okafor',
  'Sato',
];
const ROLES = [
  'Head of Design',
  'Staff Engineer',
  'UX Researcher',
  'Product Manager',
  'Engineering Manager',
  'Design Lead',
  'CTO',
  'Data Scientist',
  'Recruiter',
  'Founder',
  'Consultant',
  'Team Lead',
  'Architect',
  'Developer Advocate',
  'Analyst',
];
const TAGS = [
  'design',
  'mentor',
  'alumni',
  'conference',
  'hiring',
  'data',
  'leadership',
  'ux',
  'backend',
  'stockholm',
  'remote',
  'speaker',
  'book club',
  'meetup',
  'former colleague',
  'investor',
  'open source',
  'research',
  'podcast',
  'writing',
];
const STAGE_WEIGHTS: [Stage, number][] = [
  ['identified', 60],
  ['reached-out', 15],
  ['in-touch', 12],
  ['relationship', 6],
  ['paused', 4],
  ['dormant', 3],
];
const KINDS = ['message', 'call', 'coffee', 'meeting', 'event', 'other'] as const;

/** mulberry32: a tiny seeded PRNG, so the journal is identical every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedJournal {
  doc: Y.Doc;
  contactIds: string[];
}

export function generateJournal(
  people = 10_000,
  interactions = 20_000,
  today = '2026-06-15',
  seed = 42,
): GeneratedJournal {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const chance = (p: number): boolean => rnd() < p;
  const stage = (): Stage => {
    let roll = rnd() * 100;
    for (const [s, weight] of STAGE_WEIGHTS) if ((roll -= weight) < 0) return s;
    return STAGES[0];
  };
  const now = new Date(`${today}T12:00:00`);
  const doc = new Y.Doc();
  migrate(doc);
  const contactIds: string[] = [];
  doc.transact(() => {
    const goals = Array.from({ length: 10 }, (_, i) => createGoal(doc, { title: `Goal ${i + 1}` }, now));
    const circles = Array.from({ length: 8 }, (_, i) =>
      createCircle(doc, { name: `Circle ${i + 1}`, kind: 'professional' }, now),
    );
    const companies = Array.from(
      { length: 300 },
      (_, i) => `${pick(LAST)} ${pick(['AB', 'Labs', 'Studio', 'Tech', 'Group'])} ${i}`,
    );
    for (let i = 0; i < people; i++) {
      const first = pick(FIRST);
      const last = pick(LAST);
      const input: ContactInput = {
        name: `${first} ${last}`,
        company: pick(companies),
        role: pick(ROLES),
        stage: stage(),
        source: chance(0.7) ? 'linkedin' : 'manual',
        linkedinUrl: chance(0.7) ? `https://www.linkedin.com/in/${first}-${last}-${i}`.toLowerCase() : '',
        tags: TAGS.filter(() => chance(0.08)),
        goalIds: chance(0.15) ? [pick(goals)] : [],
        circleIds: chance(0.2) ? [pick(circles)] : [],
        nextStep: chance(0.3)
          ? {
              text: 'Ask about their work',
              due: chance(0.8) ? addDays(today, Math.floor(rnd() * 120) - 60) : undefined,
            }
          : undefined,
        cadence: chance(0.2) ? { idealDays: 30, maxDays: 60 } : undefined,
      };
      contactIds.push(createContact(doc, input, new Date(now.getTime() - Math.floor(rnd() * 700) * 86_400_000)));
    }
    for (let i = 0; i < interactions; i++) {
      const who = [pick(contactIds)];
      if (chance(0.2)) who.push(pick(contactIds));
      const date = addDays(today, -Math.floor(rnd() * 700));
      logInteraction(
        doc,
        { kind: pick(KINDS), date, summary: 'Talked about work and what comes next', contactIds: [...new Set(who)] },
        now,
      );
    }
  });
  return { doc, contactIds };
}
