// Step 3, goals: how each active goal stands, and for a goal nobody has been reached out to for, a kind
// suggestion to pick one person for it — right here, with the people picker.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeekReview } from '@shared/practice/review-summary';
import { useContacts } from '../../data/use-contacts';
import { routeHref } from '../../nav/route';
import { GoalReviewRow } from './GoalReviewRow';

export function GoalsStep({ review }: { review: WeekReview }) {
  const { t } = useTranslation();
  const contacts = useContacts();
  const people = useMemo(
    () => contacts.map((c) => ({ id: c.id, label: c.name, detail: t(`goals.stages.${c.stage}`) })),
    [contacts, t],
  );
  // A goal keeps its picker for the whole review once it asked for a person, even after one is linked.
  const [asked] = useState(() => new Set(review.goals.filter((g) => g.needsPerson).map((g) => g.goal.id)));
  if (review.goals.length === 0)
    return (
      <p className="review-calm">
        {t('review.goals.none')} <a href={routeHref({ view: 'goals' })}>{t('review.goals.noneLink')}</a>.
      </p>
    );
  return (
    <>
      <p className="review-intro">{t('review.goals.intro')}</p>
      <ul className="review-list" aria-label={t('review.goals.list')}>
        {review.goals.map((entry) => (
          <GoalReviewRow
            key={entry.goal.id}
            entry={entry}
            people={people}
            contacts={contacts}
            picker={entry.needsPerson || asked.has(entry.goal.id)}
          />
        ))}
      </ul>
    </>
  );
}
