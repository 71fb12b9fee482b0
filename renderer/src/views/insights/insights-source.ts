// Insights' inputs, kept per journal for the window's life: each collection is re-read only after it changed,
// so coming back to Insights costs drawing, not reading 50,000 interactions again. Interactions are read in
// document order (the charts do not need them sorted).
import * as Y from 'yjs';
import {
  circlesMap,
  eventsMap,
  goalsMap,
  interactionsMap,
  listCircles,
  listEvents,
  listGoals,
  readInteraction,
  type Circle,
  type Goal,
  type Interaction,
  type JournalEvent,
} from '@shared/schema';
import { perDocument } from '../../data/keyed-changes';

export interface LiveRead<T> {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => T;
}

// Yjs types are invariant in their event type, so "any observable Yjs type" needs `any` here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function liveRead<T>(type: Y.AbstractType<any>, read: () => T): LiveRead<T> {
  let value: T | undefined;
  let dirty = true;
  const listeners = new Set<() => void>();
  // Observed for the journal's life: a change only marks the read stale and tells whoever is listening.
  type.observeDeep(() => {
    dirty = true;
    listeners.forEach((listener) => listener());
  });
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => {
      if (dirty || value === undefined) {
        value = read();
        dirty = false;
      }
      return value;
    },
  };
}

function liveInteractions(doc: Y.Doc): Interaction[] {
  const list: Interaction[] = [];
  interactionsMap(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const interaction = readInteraction(id, map);
    if (interaction.deletedAt === undefined) list.push(interaction);
  });
  return list;
}

export interface InsightsSource {
  interactions: LiveRead<Interaction[]>;
  events: LiveRead<JournalEvent[]>;
  goals: LiveRead<Goal[]>;
  circles: LiveRead<Circle[]>;
}

export const insightsSource = perDocument((doc): InsightsSource => ({
  interactions: liveRead(interactionsMap(doc), () => liveInteractions(doc)),
  events: liveRead(eventsMap(doc), () => listEvents(doc)),
  goals: liveRead(goalsMap(doc), () => listGoals(doc)),
  circles: liveRead(circlesMap(doc), () => listCircles(doc)),
}));
