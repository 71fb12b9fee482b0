// One person in the People list: name (the link to their page), role · company, stage and what comes next.
// Memoised on the Contact object, which keeps its identity until that person changes (live-contacts.ts).
import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { Contact } from '@shared/schema';
import { routeHref } from '../../nav/route';
import { LinkedInLink } from './LinkedInLink';
import { nextUpLine } from './next-up-text';

interface Props {
  contact: Contact;
  lastInteraction: string | undefined;
  today: string;
  start: number;
  index: number;
  total: number;
  tabbable: boolean;
  fresh: boolean;
  /** The list's own t and language: rows use no hooks of their own, so a screenful mounts quickly. */
  t: TFunction;
  locale: string;
  openExternal: ((href: string) => void) | undefined;
}

export const ContactRow = memo(function ContactRow(props: Props) {
  const { contact, lastInteraction, today, start, index, total, tabbable, fresh, t, locale, openExternal } = props;
  const next = nextUpLine(contact, lastInteraction, today, t, locale);
  const meta = [contact.role, contact.company].filter(Boolean).join(' · ');
  const describedBy = `person-${contact.id}-about`;
  return (
    <li
      className={fresh ? 'people-row fresh' : 'people-row'}
      data-id={contact.id}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={total}
      style={{ transform: `translateY(${start}px)` }}
    >
      <span className="avatar" aria-hidden="true">
        {initials(contact.name)}
      </span>
      <span className="people-row-text">
        <a
          className="people-row-link"
          href={routeHref({ view: 'contact', id: contact.id })}
          tabIndex={tabbable ? 0 : -1}
          aria-describedby={describedBy}
          draggable={false}
        >
          {contact.name}
        </a>
        <span className="people-row-meta">{meta}</span>
      </span>
      <span className="people-row-side" id={describedBy}>
        <span className="people-sr-only">{meta ? `${meta}, ` : ''}</span>
        <span className={`stage-pill stage-${contact.stage}`}>{t(`pipeline.stages.${contact.stage}`)}</span>
        {next && (
          <span className={`people-row-next next-${next.tone}`} title={next.text}>
            {next.text}
          </span>
        )}
      </span>
      {contact.linkedinUrl && (
        <LinkedInLink
          href={contact.linkedinUrl}
          label={t('contacts.openLinkedIn', { name: contact.name })}
          tabIndex={tabbable ? 0 : -1}
          onOpen={openExternal}
        />
      )}
    </li>
  );
});

function initials(name: string): string {
  const parts = name.trim().split(/\s+/u).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters
    .map((p) => Array.from(p ?? '')[0] ?? '')
    .join('')
    .toUpperCase();
}
