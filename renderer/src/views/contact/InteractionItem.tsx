// One entry of the timeline: when, what kind, what happened, how it felt (quietly) and who else was there.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getContact, type Contact, type Interaction } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { routeHref } from '../../nav/route';
import { formatDay } from './contact-wording';
import { InteractionEventLink } from '../events/InteractionEventLink';

interface Props {
  interaction: Interaction;
  /** The contact whose page this is; the others are listed as "With …". */
  contactId: string;
  onEdit: () => void;
  onTrash: () => void;
}

export function InteractionItem({ interaction, contactId, onEdit, onTrash }: Props) {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  const id = useId();
  const others = interaction.contactIds
    .filter((other) => other !== contactId)
    .map((other) => getContact(doc, other))
    .filter((other): other is Contact => other !== undefined && !other.deletedAt);
  const { summary, notes, energy } = interaction;
  const fullText = notes.trim() !== '' && notes.trim() !== summary.trim();

  return (
    <li className="timeline-item">
      <p className="timeline-meta">
        <time dateTime={interaction.date}>{formatDay(interaction.date, i18n.language)}</time>
        <span className="timeline-kind">{t(`interactions.kind.${interaction.kind}`)}</span>
        {energy !== undefined && (
          <span className="timeline-energy">
            <span aria-hidden="true" className="timeline-energy-dots">
              {'●'.repeat(energy)}
              <span className="timeline-energy-rest">{'●'.repeat(5 - energy)}</span>
            </span>
            <span>{t('contact.timeline.energy', { label: t(`interactions.energy.${energy}`) })}</span>
          </span>
        )}
      </p>
      <p id={`${id}-summary`} className={summary ? 'timeline-summary' : 'timeline-summary muted'}>
        {summary || t('contact.timeline.noSummary')}
      </p>
      {interaction.eventId && <InteractionEventLink eventId={interaction.eventId} />}
      {others.length > 0 && (
        <p className="timeline-with">
          {t('contact.timeline.with')}{' '}
          {others.map((other, index) => (
            <span key={other.id}>
              {index > 0 && ', '}
              <a href={routeHref({ view: 'contact', id: other.id })}>{other.name}</a>
            </span>
          ))}
        </p>
      )}
      {fullText && (
        <details className="timeline-notes">
          <summary>{t('contact.timeline.fullText')}</summary>
          <p>{notes}</p>
        </details>
      )}
      <div className="timeline-actions">
        <button type="button" className="button-link" aria-describedby={`${id}-summary`} onClick={onEdit}>
          {t('contact.timeline.edit')}
        </button>
        <button type="button" className="button-link" aria-describedby={`${id}-summary`} onClick={onTrash}>
          {t('contact.timeline.trash')}
        </button>
      </div>
    </li>
  );
}
