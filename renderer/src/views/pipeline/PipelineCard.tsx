// One person on the board: the name links to their page, the company says who they are; the card drags,
// and on hover or focus two small arrows move it a stage left or right (the keyboard uses Alt+←/→).
import { memo, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact, Stage } from '@shared/schema';
import { routeHref } from '../../nav/route';

interface Props {
  contact: Contact;
  start: number;
  index: number;
  total: number;
  tabbable: boolean;
  dragging: boolean;
  previous: Stage | undefined;
  next: Stage | undefined;
  onMove: (contact: Contact, stage: Stage, by: 'button') => void;
  onDragStart: (event: DragEvent<HTMLElement>, contact: Contact) => void;
  onDragEnd: () => void;
}

export const PipelineCard = memo(function PipelineCard(props: Props) {
  const { contact, start, index, total, tabbable, dragging, previous, next, onMove, onDragStart, onDragEnd } = props;
  const { t } = useTranslation();
  const moveLabel = (stage: Stage): string =>
    t('pipeline.moveTo', { name: contact.name, stage: t(`pipeline.stages.${stage}`) });
  return (
    <li
      className={dragging ? 'pipeline-card dragging' : 'pipeline-card'}
      data-id={contact.id}
      draggable
      onDragStart={(event) => onDragStart(event, contact)}
      onDragEnd={onDragEnd}
      aria-posinset={index + 1}
      aria-setsize={total}
      style={{ transform: `translateY(${start}px)` }}
    >
      <a
        className="pipeline-card-name"
        href={routeHref({ view: 'contact', id: contact.id })}
        tabIndex={tabbable ? 0 : -1}
        aria-describedby="pipeline-keys"
        draggable={false}
      >
        {contact.name}
      </a>
      <span className="pipeline-card-company">{contact.company || contact.role}</span>
      <span className="pipeline-card-moves">
        {previous && (
          <button
            type="button"
            tabIndex={-1}
            aria-label={moveLabel(previous)}
            title={moveLabel(previous)}
            onClick={() => onMove(contact, previous, 'button')}
          >
            ←
          </button>
        )}
        {next && (
          <button
            type="button"
            tabIndex={-1}
            aria-label={moveLabel(next)}
            title={moveLabel(next)}
            onClick={() => onMove(contact, next, 'button')}
          >
            →
          </button>
        )}
      </span>
    </li>
  );
});
