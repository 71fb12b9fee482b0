// The goal page (#/goal/<id>): a goal, why it matters, the strategy and the plan, and the people and
// circles that serve it. A trashed goal offers its way back; an unknown id says so kindly.
import { useTranslation } from 'react-i18next';
import { goalsMap, readGoal, type EntityMap } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { routeHref } from '../../nav/route';
import { TrashedNotice } from '../trash/TrashedNotice';
import { GoneNotice } from './GoneNotice';
import { GoalPage } from './GoalPage';
import { useEntry } from '../../data/use-entry';
import { useStableRead } from './use-stable-read';

export function GoalView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const entry = useEntry(goalsMap(doc), id);
  if (!entry)
    return (
      <GoneNotice
        title={t('goals.missing.title')}
        body={t('goals.missing.body')}
        back="goals"
        backLabel={t('goals.page.back')}
      />
    );
  return <GoalEntry id={id} entry={entry} />;
}

function GoalEntry({ id, entry }: { id: string; entry: EntityMap }) {
  const { t } = useTranslation();
  const goal = useStableRead(entry, () => readGoal(id, entry));
  if (goal.deletedAt) {
    return (
      <TrashedNotice
        collection="goals"
        id={id}
        title={goal.title}
        backHref={routeHref({ view: 'goals' })}
        backLabel={t('goals.page.back')}
      />
    );
  }
  return <GoalPage goal={goal} entry={entry} />;
}
