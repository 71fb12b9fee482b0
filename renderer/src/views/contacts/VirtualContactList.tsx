// The People list itself, virtualised against the window's scroll so 10,000 people cost as much as the thirty
// on screen. One row link is in the Tab order (roving focus); ↑ ↓ Home End PageUp PageDown move between rows.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useRovingVirtualRows } from '../../ui/use-roving-virtual-rows';
import { ContactRow } from './ContactRow';

export const ROW_HEIGHT = 64;

interface Props {
  contacts: readonly Contact[];
  lastInteractions: ReadonlyMap<string, string>;
  today: string;
  /** A person just added: scrolled into view and marked for a moment. */
  reveal: string | undefined;
}

export function VirtualContactList({ contacts, lastInteractions, today, reveal }: Props) {
  const { t, i18n } = useTranslation();
  const { api } = useJournal();
  const openExternal = useMemo(() => (api ? (href: string) => void api.openExternal(href) : undefined), [api]);
  const { listRef, virtualizer, scrollMargin, activeIndex, setActiveId, indexById, onKeyDown, onFocus } =
    useRovingVirtualRows({ rows: contacts, rowHeight: ROW_HEIGHT, overscan: 3, linkSelector: '.people-row-link' });

  // A newly added person becomes the row ↑ ↓ start from (adjusted while rendering, not in an effect).
  const [revealed, setRevealed] = useState(reveal);
  if (reveal !== revealed) {
    setRevealed(reveal);
    if (reveal !== undefined && indexById.has(reveal)) setActiveId(reveal);
  }
  useEffect(() => {
    const index = reveal === undefined ? undefined : indexById.get(reveal);
    if (index !== undefined) virtualizer.scrollToIndex(index, { align: 'center' });
    // Scroll once per newly added person, not again whenever the list changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal]);

  return (
    <ul
      ref={listRef}
      className="people-list"
      aria-label={t('contacts.heading')}
      aria-describedby="people-keys-hint"
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const contact = contacts[item.index];
        if (!contact) return null;
        return (
          <ContactRow
            key={contact.id}
            contact={contact}
            lastInteraction={lastInteractions.get(contact.id)}
            today={today}
            start={item.start - scrollMargin}
            index={item.index}
            total={contacts.length}
            tabbable={item.index === activeIndex}
            fresh={contact.id === reveal}
            t={t}
            locale={i18n.language}
            openExternal={openExternal}
          />
        );
      })}
    </ul>
  );
}
