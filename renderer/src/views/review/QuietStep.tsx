// Step 2, who went quiet: the people whose keep-in-touch rhythm ran over when the review began. They stay
// listed while the user snoozes them, plans a next step or logs an interaction, so each change shows.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuietPerson, WeekReview } from '@shared/practice/review-summary';
import { useContacts } from '../../data/use-contacts';
import { QuietRow } from './QuietRow';

export function QuietStep({ review, atStart }: { review: WeekReview; atStart: readonly QuietPerson[] }) {
  const { t } = useTranslation();
  const contacts = useContacts();
  const byId = useMemo(() => new Map(contacts.map((c) => [c.id, c])), [contacts]);
  const stillQuiet = useMemo(() => new Set(review.quiet.map((q) => q.contact.id)), [review.quiet]);
  const rows = atStart.flatMap((person) => {
    const contact = byId.get(person.contact.id);
    return contact ? [{ person, contact }] : [];
  });
  if (rows.length === 0) return <p className="review-calm">{t('review.quiet.none')}</p>;
  return (
    <>
      <p className="review-intro">{t('review.quiet.intro')}</p>
      <ul className="review-list" aria-label={t('review.quiet.people')}>
        {rows.map(({ person, contact }) => (
          <QuietRow
            key={contact.id}
            person={person}
            contact={contact}
            today={review.today}
            quiet={stillQuiet.has(contact.id)}
          />
        ))}
      </ul>
    </>
  );
}
