// The names behind two of the week's numbers: whom the user reached out to, and who moved on the pipeline
// (with the stage they are at now). Each name opens the person's page.
import { useTranslation } from 'react-i18next';
import type { Contact } from '@shared/schema';
import { routeHref } from '../../nav/route';

function People({ title, people, stage }: { title: string; people: readonly Contact[]; stage?: boolean }) {
  const { t } = useTranslation();
  if (people.length === 0) return null;
  return (
    <div className="review-people">
      <h4>{title}</h4>
      <ul className="review-inline-list" aria-label={title}>
        {people.map((c) => (
          <li key={c.id}>
            <a href={routeHref({ view: 'contact', id: c.id })}>{c.name}</a>
            {stage && (
              <span className="muted"> · {t('review.numbers.movedTo', { stage: t(`goals.stages.${c.stage}`) })}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PeopleMoved({ reachedOut, moved }: { reachedOut: readonly Contact[]; moved: readonly Contact[] }) {
  const { t } = useTranslation();
  return (
    <>
      <People title={t('review.numbers.reachedOutNames')} people={reachedOut} />
      <People title={t('review.numbers.movedNames')} people={moved} stage />
    </>
  );
}
