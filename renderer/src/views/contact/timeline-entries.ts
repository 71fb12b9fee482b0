// A person's timeline holds interactions and the reflections linked to them, merged newest first: by the day,
// then by when each was written.
import type { Interaction } from '@shared/schema';
import type { ReflectionItem } from '../reflections/live-reflections';

export type TimelineEntry =
  | { kind: 'interaction'; id: string; interaction: Interaction }
  | { kind: 'reflection'; id: string; reflection: ReflectionItem };

function key(entry: TimelineEntry): { date: string; createdAt: string } {
  return entry.kind === 'interaction' ? entry.interaction : entry.reflection;
}

export function timelineEntries(
  interactions: readonly Interaction[],
  reflections: readonly ReflectionItem[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...interactions.map((interaction) => ({ kind: 'interaction' as const, id: interaction.id, interaction })),
    ...reflections.map((reflection) => ({ kind: 'reflection' as const, id: reflection.id, reflection })),
  ];
  return entries.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x.date !== y.date) return x.date < y.date ? 1 : -1;
    if (x.createdAt !== y.createdAt) return x.createdAt < y.createdAt ? 1 : -1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
