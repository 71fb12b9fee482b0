// The People screen (#/contacts): "New contact" at the top, then everyone in the journal — filtered, sorted
// and virtualised, so it stays smooth at 10,000 people — or the first step when there is nobody yet.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '@shared/schema';
import { clearFilters, queryContacts, tagsInUse, withoutMissing } from './contact-query';
import { ContactFilters } from './ContactFilters';
import { NewContactForm } from './NewContactForm';
import { VirtualContactList } from './VirtualContactList';
import { PeopleEmpty } from './PeopleEmpty';
import { useLiveContacts } from '../../data/use-live-contacts';
import { useLastInteractions } from './use-last-interactions';
import { useCircleOptions, useGoalOptions } from './use-filter-options';
import { useRememberedQuery } from './use-remembered-query';
import { useIntent } from '../../search/intents';
import './contacts.css';

export function ContactsView() {
  const { t, i18n } = useTranslation();
  const contacts = useLiveContacts();
  const lastInteractions = useLastInteractions();
  const goals = useGoalOptions();
  const circles = useCircleOptions();
  const [remembered, setQuery] = useRememberedQuery();
  const query = useMemo(
    () => withoutMissing(remembered, new Set(goals.map((g) => g.value)), new Set(circles.map((c) => c.value))),
    [remembered, goals, circles],
  );
  const [adding, setAdding] = useState(false);
  useIntent(
    'newContact',
    useCallback(() => setAdding(true), []),
  );
  const [reveal, setReveal] = useState<string | undefined>();
  const newButton = useRef<HTMLButtonElement>(null);
  const locale = i18n.language;
  const shown = useMemo(
    () => queryContacts(contacts, query, lastInteractions, locale),
    [contacts, query, lastInteractions, locale],
  );
  const tags = useMemo(() => tagsInUse(contacts, locale), [contacts, locale]);
  const today = localDay(new Date());

  const done = (createdId?: string): void => {
    setAdding(false);
    if (createdId) setReveal(createdId);
    requestAnimationFrame(() => newButton.current?.focus());
  };

  return (
    <section className="view people-view" aria-labelledby="people-heading">
      <div className="view-head">
        <div>
          <h2 id="people-heading">{t('contacts.heading')}</h2>
          <p className="muted people-lead">{t('contactsView.lead')}</p>
        </div>
        <button
          ref={newButton}
          type="button"
          className="button-primary"
          onClick={() => setAdding(true)}
          disabled={adding}
        >
          {t('contacts.new')}
        </button>
      </div>
      {adding && <NewContactForm contacts={contacts} onDone={done} />}
      {contacts.length === 0 ? (
        !adding && <PeopleEmpty kind="journal" />
      ) : (
        <div className="panel people-panel">
          <ContactFilters
            query={query}
            onChange={setQuery}
            onClear={() => setQuery(clearFilters(query))}
            tags={tags}
            goals={goals}
            circles={circles}
            shown={shown.length}
            total={contacts.length}
          />
          {shown.length === 0 ? (
            <PeopleEmpty kind="filters" onClear={() => setQuery(clearFilters(query))} />
          ) : (
            <>
              <p id="people-keys-hint" className="hint people-keys-hint">
                {t('contactsView.keysHint')}
              </p>
              <VirtualContactList contacts={shown} lastInteractions={lastInteractions} today={today} reveal={reveal} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
