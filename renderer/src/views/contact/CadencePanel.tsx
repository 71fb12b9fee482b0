// Keep in touch: how often the user would like to hear from this person, and a kind word on where that
// stands ("It has been 5 weeks — a short note?"). The clock restarts at the last logged interaction;
// reminders can be snoozed, and "dormant by choice" silences them.
import { useTranslation } from 'react-i18next';
import { cadenceState, localDay, snoozeContact, unsnoozeContact, updateContact, type Contact } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { CadenceFields } from './CadenceFields';
import { cadenceLine, formatDay, type CadenceLine } from './contact-wording';

const SNOOZE_CHOICES = [7, 14, 30] as const;

export function CadencePanel({ contact, lastInteraction }: { contact: Contact; lastInteraction: string | undefined }) {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const state = cadenceState(contact, lastInteraction, localDay(new Date()));
  const line = cadenceLine(state, contact);

  const say = (l: CadenceLine): string => {
    if ('day' in l) return t(`contact.cadence.${l.key}`, { date: formatDay(l.day, i18n.language, 'long') });
    if ('duration' in l) {
      const duration = t(`contact.duration.${l.duration.unit}`, { count: l.duration.count });
      return t(`contact.cadence.${l.key}`, { duration });
    }
    return t(`contact.cadence.${l.key}`);
  };

  return (
    <section className="panel contact-cadence" aria-labelledby="contact-cadence-title">
      <h3 id="contact-cadence-title">{t('contact.cadence.title')}</h3>
      <p className={`contact-cadence-state cadence-${state.state}`}>{say(line)}</p>
      {state.state !== 'silenced' && <CadenceFields contactId={contact.id} cadence={contact.cadence} />}
      {contact.cadence && state.state !== 'silenced' && (
        <>
          <p className="hint">{t('contact.cadence.clock')}</p>
          <div className="contact-snooze" role="group" aria-labelledby="contact-snooze-label">
            <span id="contact-snooze-label" className="contact-snooze-label">
              {t('contact.cadence.snooze')}
            </span>
            {state.state === 'snoozed' ? (
              <button
                type="button"
                className="button-quiet button-small"
                onClick={() => edit(() => unsnoozeContact(doc, contact.id))}
              >
                {t('contact.cadence.wake')}
              </button>
            ) : (
              SNOOZE_CHOICES.map((days) => (
                <button
                  key={days}
                  type="button"
                  className="button-quiet button-small"
                  aria-label={t('contact.cadence.snoozeFor', { count: days })}
                  onClick={() => edit(() => snoozeContact(doc, contact.id, days))}
                >
                  {t('contact.cadence.snoozeDays', { count: days })}
                </button>
              ))
            )}
          </div>
          <button
            type="button"
            className="button-link"
            onClick={() => edit(() => updateContact(doc, contact.id, { cadence: null, snoozedUntil: null }))}
          >
            {t('contact.cadence.clear')}
          </button>
        </>
      )}
    </section>
  );
}
