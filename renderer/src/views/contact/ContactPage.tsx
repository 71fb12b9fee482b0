// The page of one live contact. Two columns on a wide window — writing on the left (why, notes, draft,
// timeline), facts and plans on the right — and one column when narrow.
import { useCallback, useState } from 'react';
import type { EntityMap } from '@shared/schema';
import { useContact } from './use-contact';
import { useContactInteractions } from './use-contact-interactions';
import { CadencePanel } from './CadencePanel';
import { ContactDetails } from './ContactDetails';
import { ContactHeader } from './ContactHeader';
import { ContactMissing } from './ContactMissing';
import { DraftPanel } from './DraftPanel';
import { DuplicateNotice } from './DuplicateNotice';
import { InteractionTimeline } from './InteractionTimeline';
import { LinksPanel } from './LinksPanel';
import { NextStepPanel } from './NextStepPanel';
import { NotesPanel } from './NotesPanel';
import { StatusLine } from './StatusLine';
import { WhyPanel } from './WhyPanel';
import './contact.css';

export function ContactPage({ id, entry }: { id: string; entry: EntityMap }) {
  const contact = useContact(id, entry);
  const interactions = useContactInteractions(id);
  const [message, setMessage] = useState('');
  const clear = useCallback(() => setMessage(''), []);
  if (contact.deletedAt) return <ContactMissing id={id} />;
  return (
    <article className="view contact-page" aria-label={contact.name}>
      <ContactHeader contact={contact} />
      <DuplicateNotice contact={contact} onMessage={setMessage} />
      <StatusLine message={message} onDone={clear} className="contact-page-status" />
      <div className="contact-columns">
        <div className="contact-main">
          <WhyPanel contact={contact} />
          <NotesPanel contactId={id} />
          <DraftPanel contact={contact} />
          <InteractionTimeline contactId={id} interactions={interactions} />
        </div>
        <div className="contact-side">
          <NextStepPanel contact={contact} />
          <CadencePanel contact={contact} lastInteraction={interactions[0]?.date} />
          <ContactDetails contact={contact} />
          <LinksPanel contact={contact} />
        </div>
      </div>
    </article>
  );
}
