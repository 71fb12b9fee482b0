// The calm guide a new journal opens on: write one goal, add three people (or, in the desktop app,
// import LinkedIn's Connections.csv), plan one small step. Steps tick themselves from the document; Today drops the guide
// once all three are done, or when it is put away (onHide: one undoable edit, Settings shows it again).
import { useTranslation } from 'react-i18next';
import { requestImport } from '../../components/import-request';
import { useJournal } from '../../data/journal-context';
import { routeHref } from '../../nav/route';
import { useGoals } from '../goals/use-goals';
import { FirstStep } from './FirstStep';
import { FIRST_PEOPLE, type FirstSteps } from './first-steps';

export function FirstStepsGuide({ steps, onHide }: { steps: FirstSteps; onHide?: () => void }) {
  const { t } = useTranslation();
  const { api } = useJournal();
  const goal = useGoals()[0];
  return (
    <section className="panel first-steps" aria-labelledby="first-steps-heading">
      <h3 id="first-steps-heading">{t('today.guide.heading')}</h3>
      <p className="muted first-steps-intro">{t('today.guide.intro')}</p>
      <ol className="first-steps-list">
        <FirstStep title={t('today.guide.goal')} done={steps.goal} body={t('today.guide.goalBody')}>
          <a data-main href={routeHref({ view: 'goals' })}>
            {t('today.guide.goalLink')}
          </a>
        </FirstStep>
        <FirstStep
          title={t('today.guide.people')}
          done={steps.people === FIRST_PEOPLE}
          body={`${t('today.guide.peopleBody')} ${t('today.guide.peopleCount', { count: steps.people })}`}
        >
          <a data-main href={routeHref({ view: 'contacts' })}>
            {t('today.guide.peopleLink')}
          </a>
          {api && (
            <button type="button" className="button-link" title={t('today.guide.importHint')} onClick={requestImport}>
              {t('today.guide.import')}
            </button>
          )}
        </FirstStep>
        <FirstStep title={t('today.guide.step')} done={steps.step} body={t('today.guide.stepBody')}>
          <a data-main href={routeHref(goal ? { view: 'goal', id: goal.id } : { view: 'contacts' })}>
            {goal ? t('today.guide.stepLink') : t('today.guide.stepPeople')}
          </a>
        </FirstStep>
      </ol>
      {onHide && (
        <button type="button" className="button-link first-steps-hide" onClick={onHide}>
          {t('today.guide.hide')}
        </button>
      )}
    </section>
  );
}
