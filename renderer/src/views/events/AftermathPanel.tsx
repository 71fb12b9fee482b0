// "Afterwards" on the event page: what happened (energy it took, who I met, each a link to their page), the
// button that records it — or adds to it — and, once recorded, "Write a reflection".
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getContact, type Contact, type JournalEvent } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useContacts } from '../../data/use-contacts';
import { routeHref } from '../../nav/route';
import { useStartReflection } from '../reflections/use-start-reflection';
import { AftermathDialog } from './AftermathDialog';

export function AftermathPanel({ event }: { event: JournalEvent }) {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  useContacts(); // re-render when a person met is renamed or trashed
  const startReflection = useStartReflection();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const reflect = useRef<HTMLButtonElement>(null);
  const recorded = event.recordedAt !== undefined;
  const met = event.metContactIds
    .map((id) => getContact(doc, id))
    .filter((c): c is Contact => c !== undefined && !c.deletedAt)
    // Id sets keep no order; by name reads calmly.
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language));

  const writeReflection = (): void => {
    startReflection({
      template: 'after-event',
      title: t('events.after.reflectionTitle', { title: event.title || t('events.untitled') }),
      eventIds: [event.id],
      contactIds: met.map((c) => c.id),
    });
  };

  return (
    <section className="panel entity-panel event-panel event-after" aria-labelledby="event-after-title">
      <div className="event-panel-head">
        <h3 id="event-after-title">{t('events.after.heading')}</h3>
      </div>
      {!recorded && <p className="muted">{t('events.after.notYet')}</p>}
      {recorded && (
        <dl className="event-after-facts">
          <dt>{t('events.after.energySpent')}</dt>
          <dd>
            {event.energySpent !== undefined && (
              <>
                <span className="energy-dots" aria-hidden="true">
                  {'●'.repeat(event.energySpent)}
                </span>{' '}
                {t(`events.energy.${event.energySpent}`)}
              </>
            )}
          </dd>
          <dt>{t('events.after.met')}</dt>
          <dd>
            {met.length > 0 ? (
              <ul className="event-met-list" aria-label={t('events.after.met')}>
                {met.map((c) => (
                  <li key={c.id}>
                    <a href={routeHref({ view: 'contact', id: c.id })}>{c.name}</a>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted">{t('events.after.metNobody')}</span>
            )}
          </dd>
        </dl>
      )}
      <p className="event-after-status" role="status">
        {saved !== null &&
          recorded &&
          (saved > 0 ? t('events.after.saved', { count: saved }) : t('events.after.savedNone'))}
      </p>
      <div className="actions event-after-actions">
        <button type="button" className={recorded ? 'button-quiet' : 'button-primary'} onClick={() => setOpen(true)}>
          {t(recorded ? 'events.after.recordMore' : 'events.after.record')}
        </button>
        {recorded && (
          <button ref={reflect} type="button" className="button-primary" onClick={writeReflection}>
            {t('events.after.reflect')}
          </button>
        )}
      </div>
      {open && (
        <AftermathDialog
          event={event}
          onClose={() => setOpen(false)}
          onSaved={(ids) => {
            setOpen(false);
            setSaved(ids.length);
            // The offer to reflect is the natural next step; focus waits for it to render.
            requestAnimationFrame(() => reflect.current?.focus());
          }}
        />
      )}
    </section>
  );
}
