// The goals that name this circle, as links: a circle is worth the evening when it serves a goal.
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../nav/route';
import { useGoals } from '../goals/use-goals';

export function CircleGoals({ circleId }: { circleId: string }) {
  const { t } = useTranslation();
  const goals = useGoals().filter((g) => g.circleIds.includes(circleId));
  return (
    <section className="panel entity-panel circle-panel" aria-labelledby="circle-goals-title">
      <h3 id="circle-goals-title">{t('circles.page.goals')}</h3>
      {goals.length > 0 ? (
        <ul className="circle-goals" aria-label={t('circles.page.goals')}>
          {goals.map((goal) => (
            <li key={goal.id}>
              <a href={routeHref({ view: 'goal', id: goal.id })}>{goal.title || t('goals.untitled')}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t('circles.page.noGoals')}</p>
      )}
    </section>
  );
}
