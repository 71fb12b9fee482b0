// The sentence Join with a code shows before a device takes another journal: what happens to this computer's
// journal ("Two journals" in docs/ARCHITECTURE.md), in the user's language.
import type { SyncAdoption } from '@shared/ipc/contract';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export function adoptionSentence(adoption: SyncAdoption, t: Translate): string {
  const { name, summary } = adoption;
  if (summary.kind === 'take') return t('settings.devices.adopt.take', { name });
  const people = summary.counts.contacts ?? 0;
  const others = Object.entries(summary.counts).reduce((n, [key, count]) => (key === 'contacts' ? n : n + count), 0);
  return t('settings.devices.adopt.merge', {
    name,
    people: t('settings.devices.adopt.people', { count: people }),
    others: t('settings.devices.adopt.others', { count: others }),
  });
}
