// A deterministic, realistic-looking journal for the benchmark, in sizes S and L (issue 10): people across every
// stage, interactions, reflections with rich bodies, events (some with an aftermath), goals and circles, in
// Swedish and English. Written through the schema's accessors; same seed, same journal, every run.
import * as Y from 'yjs';
import {
  STAGES,
  addDays,
  createCircle,
  createContact,
  createEvent,
  createGoal,
  createReflection,
  logInteraction,
  migrate,
  recordAftermath,
  type ContactInput,
  type MetPerson,
  type Stage,
} from '@shared/schema';
import { reflectionBody } from './reflection-text';

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

const CIRCLE_WORDS = ['alumni', 'meetup', 'kollegor', 'nätverk', 'guild', 'book club'];
const GOAL_TITLES = ['Find a mentor in', 'Hitta nästa roll inom', 'Speak at a conference on', 'Bygga nätverk inom'];
const GOAL_WHY = ['To grow where I am weakest', 'För att lära mig av andra', 'Because I want to lead a team'];
const EVENT_TITLES = ['Design meetup', 'Frukostseminarium', 'Conference day', 'Afterwork', 'Book club', 'Hackathon'];
const SUMMARIES_EN = [
  'Talked about work and what comes next',
  'Coffee near the office, shared notes on hiring',
  'Quick call about the conference talk',
];
const SUMMARIES_SV = [
  'Pratade om jobbet och vad som händer härnäst',
  'Fika nära kontoret, delade tankar om rekrytering',
  'Kort samtal om föredraget på konferensen',
];

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

/** How many of each entity a journal holds. */
export interface JournalSize {
  contacts: number;
  interactions: number;
  reflections: number;
  events: number;
  goals: number;
  circles: number;
}

/** L is the large journal; other sizes scale it by the number of people (S = 1,000). */
export const SIZE_L: JournalSize = {
  contacts: 10_000,
  interactions: 50_000,
  reflections: 5_000,
  events: 500,
  goals: 200,
  circles: 50,
};

export function scaledSize(contacts: number): JournalSize {
  const f = contacts / SIZE_L.contacts;
  const n = (x: number): number => Math.max(1, Math.round(x * f));
  return {
    contacts,
    interactions: n(SIZE_L.interactions),
    reflections: n(SIZE_L.reflections),
    events: n(SIZE_L.events),
    goals: n(SIZE_L.goals),
    circles: n(SIZE_L.circles),
  };
}

export const NAMED_SIZES: Record<string, JournalSize> = {
  S: scaledSize(1_000),
  L: SIZE_L,
  empty: { contacts: 0, interactions: 0, reflections: 0, events: 0, goals: 0, circles: 0 },
};

export function describeSize(size: JournalSize): string {
  return `${size.contacts} people, ${size.interactions} interactions, ${size.reflections} reflections, ${size.events} events, ${size.goals} goals, ${size.circles} circles`;
}

export interface GeneratedJournal {
  doc: Y.Doc;
  contactIds: string[];
  /**
   * Bytes each part added to the stored state: every part is written in its own transaction, and the part's
   * share is the size of that transaction's Yjs update (what the file store appends for it).
   */
  bytesByPart: Record<string, number>;
}

export function generateJournal(size: JournalSize = SIZE_L, today = '2026-06-15', seed = 42): GeneratedJournal {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const chance = (p: number): boolean => rnd() < p;
  const stage = (): Stage => {
    let roll = rnd() * 100;
    for (const [s, weight] of STAGE_WEIGHTS) if ((roll -= weight) < 0) return s;
    return STAGES[0];
  };
  const now = new Date(`${today}T12:00:00`);
  const daysAgo = (max: number): Date => new Date(now.getTime() - Math.floor(rnd() * max) * 86_400_000);
  const doc = new Y.Doc();
  migrate(doc);
  const bytesByPart: Record<string, number> = {};
  let part = 'schema';
  doc.on('update', (update: Uint8Array) => (bytesByPart[part] = (bytesByPart[part] ?? 0) + update.length));
  const phase = (name: string, write: () => void): void => {
    part = name;
    doc.transact(write);
  };
  const contactIds: string[] = [];
  const circles: string[] = [];
  const goals: string[] = [];
  const events: string[] = [];
  const pastEvents: string[] = [];
  phase('circles', () => {
    for (let i = 0; i < size.circles; i++)
      circles.push(
        createCircle(doc, { name: `${pick(LAST)} ${pick(CIRCLE_WORDS)} ${i + 1}`, kind: 'professional' }, now),
      );
  });
  phase('goals', () => {
    for (let i = 0; i < size.goals; i++)
      goals.push(createGoal(doc, { title: `${pick(GOAL_TITLES)} ${i + 1}`, why: pick(GOAL_WHY) }, now));
  });
  const companies = Array.from(
    { length: 300 },
    (_, i) => `${pick(LAST)} ${pick(['AB', 'Labs', 'Studio', 'Tech', 'Group'])} ${i}`,
  );
  phase('contacts', () => {
    for (let i = 0; i < size.contacts; i++) {
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
        goalIds: goals.length > 0 && chance(0.15) ? [pick(goals)] : [],
        circleIds: circles.length > 0 && chance(0.2) ? [pick(circles)] : [],
        nextStep: chance(0.3)
          ? {
              text: chance(0.5) ? 'Ask about their work' : 'Fråga hur det gick med projektet',
              due: chance(0.8) ? addDays(today, Math.floor(rnd() * 120) - 60) : undefined,
            }
          : undefined,
        cadence: chance(0.2) ? { idealDays: 30, maxDays: 60 } : undefined,
      };
      contactIds.push(createContact(doc, input, daysAgo(700)));
    }
  });
  const someone = (): string[] => {
    if (contactIds.length === 0) return [];
    const who = [pick(contactIds)];
    if (chance(0.2)) who.push(pick(contactIds));
    return [...new Set(who)];
  };
  phase('interactions', () => {
    for (let i = 0; i < size.interactions && contactIds.length > 0; i++) {
      const swedish = chance(0.5);
      logInteraction(
        doc,
        {
          kind: pick(KINDS),
          date: addDays(today, -Math.floor(rnd() * 700)),
          summary: swedish ? pick(SUMMARIES_SV) : pick(SUMMARIES_EN),
          contactIds: someone(),
        },
        now,
      );
    }
  });
  phase('events', () => {
    for (let i = 0; i < size.events; i++) {
      const date = addDays(today, Math.floor(rnd() * 400) - 340);
      const id = createEvent(
        doc,
        {
          title: `${pick(EVENT_TITLES)} ${i + 1}`,
          date,
          time: chance(0.7) ? `${10 + Math.floor(rnd() * 9)}:${pick(['00', '30'])}` : undefined,
          place: pick(['Stockholm', 'Göteborg', 'Malmö', 'Online', 'Uppsala']),
          circleId: circles.length > 0 && chance(0.3) ? pick(circles) : undefined,
          goalIds: goals.length > 0 && chance(0.3) ? [pick(goals)] : [],
          purpose: chance(0.5) ? 'Meet two people who work on design systems' : 'Träffa folk som bygger designsystem',
          openers: ['What are you working on?', 'Vad fick dig att komma hit?'],
          meetContactIds: someone(),
          energyPlanned: (1 + Math.floor(rnd() * 5)) as 1 | 2 | 3 | 4 | 5,
        },
        now,
      );
      events.push(id);
      if (date < today) pastEvents.push(id);
    }
  });
  part = 'event aftermaths';
  for (const id of pastEvents) {
    // About half the past events have their aftermath recorded (each is its own transaction, as in the app).
    if (!chance(0.5)) continue;
    const met: MetPerson[] = someone().map((contactId) => ({ contactId, line: 'Pratade om nästa steg' }));
    if (chance(0.5)) met.push({ name: `${pick(FIRST)} ${pick(LAST)}`, line: 'New face, works on research' });
    recordAftermath(doc, id, { energySpent: (1 + Math.floor(rnd() * 5)) as 1 | 2 | 3 | 4 | 5, met }, now);
  }
  phase('reflections', () => {
    for (let i = 0; i < size.reflections; i++) {
      const swedish = chance(0.5);
      createReflection(
        doc,
        {
          date: addDays(today, -Math.floor(rnd() * 900)),
          title: swedish ? `Veckans tankar ${i + 1}` : `Thoughts of the week ${i + 1}`,
          kind: chance(0.2) ? 'weekly-review' : 'entry',
          tags: TAGS.filter(() => chance(0.05)),
          contactIds: chance(0.5) ? someone() : [],
          eventIds: events.length > 0 && chance(0.2) ? [pick(events)] : [],
          goalIds: goals.length > 0 && chance(0.2) ? [pick(goals)] : [],
        },
        daysAgo(900),
        () => reflectionBody(rnd, swedish, 300),
      );
    }
  });
  return { doc, contactIds, bytesByPart };
}
