// Today (#/today), the screen a journal window opens on: what is worth a moment today — due next steps, people
// to keep in touch with, events coming up, the week's energy and outreach, the inbox, the prompt of the day
// and the weekly review. A new journal gets the first-steps guide instead. ↑/↓ move between items.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusLine } from '../contact/StatusLine';
import { ChallengeItem } from './ChallengeItem';
import { EnergyItem } from './EnergyItem';
import { EventItem } from './EventItem';
import { FirstStepsGuide } from './FirstStepsGuide';
import { InboxItem } from './InboxItem';
import { LosingTouchItem } from './LosingTouchItem';
import { NextStepItem } from './NextStepItem';
import { PromptItem } from './PromptItem';
import { ReviewItem } from './ReviewItem';
import { TodaySection } from './TodaySection';
import { onItemKeys } from './item-keys';
import { setFirstStepsHidden } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { useToday } from './use-today';
import './today.css';

export function TodayView() {
  const { t, i18n } = useTranslation();
  const { today, items, guide, guideHidden } = useToday();
  const { doc } = useJournal();
  const edit = useEdit();
  const [message, setMessage] = useState('');
  const hideGuide = useCallback(() => {
    edit(() => setFirstStepsHidden(doc, true));
    setMessage(t('today.guide.hidden'));
  }, [edit, doc, t]);
  const clear = useCallback(() => setMessage(''), []);
  const dateLine = new Intl.DateTimeFormat(i18n.language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${today}T00:00:00Z`));
  const nothingDue = items.nextSteps.length + items.losingTouch.length + items.events.length === 0;

  const lists = (
    <>
      <TodaySection
        heading={t('today.nextSteps.heading')}
        items={items.nextSteps.map((step) => (
          <NextStepItem key={step.contact.id} step={step} today={today} onMessage={setMessage} />
        ))}
      />
      <TodaySection
        heading={t('today.touch.heading')}
        intro={t('today.touch.intro')}
        items={items.losingTouch.map((quiet) => (
          <LosingTouchItem key={quiet.contact.id} quiet={quiet} today={today} onMessage={setMessage} />
        ))}
      />
      <TodaySection
        heading={t('today.events.heading')}
        items={items.events.map((upcoming) => (
          <EventItem key={upcoming.event.id} upcoming={upcoming} />
        ))}
      />
    </>
  );

  return (
    <section
      className="view today-view"
      aria-labelledby="today-heading"
      aria-describedby="today-keys"
      data-today-root
      onKeyDown={onItemKeys}
    >
      <div className="view-head">
        <div>
          <h2 id="today-heading">{t('today.title')}</h2>
          <p className="muted today-date">{dateLine}</p>
        </div>
      </div>
      {guide.empty ? (
        <FirstStepsGuide steps={guide} />
      ) : (
        <div className="today-columns">
          <div className="today-main">
            {!guide.done && !guideHidden && <FirstStepsGuide steps={guide} onHide={hideGuide} />}
            {items.review.highlighted && <ReviewItem highlighted />}
            {lists}
            {nothingDue && <p className="today-calm">{t('today.calm')}</p>}
          </div>
          <div className="today-side">
            <PromptItem prompt={items.prompt} />
            {items.energy && <EnergyItem energy={items.energy} />}
            <ChallengeItem />
            <InboxItem count={items.inboxCount} />
            {!items.review.highlighted && <ReviewItem highlighted={false} />}
          </div>
        </div>
      )}
      <p id="today-keys" className="sr-only">
        {t('today.keysHint')}
      </p>
      <StatusLine message={message} onDone={clear} className="today-status" />
    </section>
  );
}
