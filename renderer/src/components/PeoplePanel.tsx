// The people section of the journal window: heading, "New contact", the form and the list.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContacts } from '../data/use-contacts';
import { ContactList } from './ContactList';
import { NewContactForm } from './NewContactForm';

export function PeoplePanel() {
  const { t } = useTranslation();
  const contacts = useContacts();
  const [adding, setAdding] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);

  const done = (): void => {
    setAdding(false);
    requestAnimationFrame(() => newButton.current?.focus());
  };

  return (
    <section className="panel people" aria-labelledby="people-heading">
      <div className="panel-head">
        <div>
          <h2 id="people-heading">{t('contacts.heading')}</h2>
          <p className="muted">{t('contacts.count', { count: contacts.length })}</p>
        </div>
        <button ref={newButton} type="button" className="button-primary" onClick={() => setAdding(true)} disabled={adding}>
          {t('contacts.new')}
        </button>
      </div>
      {adding && <NewContactForm onDone={done} />}
      {(!adding || contacts.length > 0) && <ContactList contacts={contacts} />}
    </section>
  );
}
