// Everything Today shows, live: the incremental stores the People list already keeps (contacts, last
// interactions), this week's interactions, events, the inbox and the practice settings, put through the pure
// selection (today-items.ts). Each input keeps its identity until it changes, so the selection reruns only then.
import { useMemo } from 'react';
import { eventsMap, listEvents, weekOf } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useYSnapshot } from '../../data/use-collection';
import { useInbox } from '../../data/use-inbox';
import { useLiveContacts } from '../../data/use-live-contacts';
import { useLastInteractions } from '../contacts/use-last-interactions';
import { useGoals } from '../goals/use-goals';
import { usePracticeSettings } from '../settings/use-practice-settings';
import { firstSteps, type FirstSteps } from './first-steps';
import { todayItems, type TodayItems } from './today-items';
import { useTodayDate } from './use-today-date';
import { useWeekInteractions } from './use-week-interactions';

export interface Today {
  today: string;
  items: TodayItems;
  guide: FirstSteps;
  /** The guide was put away (Hide these steps); a journal with nothing in it still shows it. */
  guideHidden: boolean;
}

export function useToday(): Today {
  const { doc } = useJournal();
  const today = useTodayDate();
  const contacts = useLiveContacts();
  const lastInteractions = useLastInteractions();
  const events = useYSnapshot(eventsMap(doc), () => listEvents(doc));
  const interactions = useWeekInteractions(weekOf(today, 1).start);
  const inboxCount = useInbox().length;
  const goals = useGoals();
  const settings = usePracticeSettings();
  const items = useMemo(
    () => todayItems({ today, contacts, lastInteractions, events, interactions, inboxCount, ...settings }),
    [today, contacts, lastInteractions, events, interactions, inboxCount, settings],
  );
  const guide = useMemo(() => firstSteps(goals, contacts), [goals, contacts]);
  return { today, items, guide, guideHidden: settings.firstStepsHidden };
}
