// The People list itself, virtualised against the window's scroll so 10,000 people cost as much as the thirty
// on screen. One row link is in the Tab order (roving focus); ↑ ↓ Home End PageUp PageDown move between rows.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultRangeExtractor, useWindowVirtualizer } from '@tanstack/react-virtual';
import type { Contact } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { ContactRow } from './ContactRow';
import { useScrollMargin } from './use-scroll-margin';
import { rowAfterKey } from './list-keys';

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
  const listRef = useRef<HTMLUListElement>(null);
  const scrollMargin = useScrollMargin(listRef);
  const [activeId, setActiveId] = useState<string | undefined>();
  const pendingFocus = useRef<string | undefined>(undefined);
  const indexById = useMemo(() => new Map(contacts.map((c, i) => [c.id, i])), [contacts]);
  const activeIndex = (activeId !== undefined ? indexById.get(activeId) : undefined) ?? 0;

  const virtualizer = useWindowVirtualizer({
    count: contacts.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: 3,
    scrollMargin,
    getItemKey: (index) => contacts[index]?.id ?? index,
    // The focused row stays rendered while scrolled away, so focus is never dropped onto the page.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      return indexes.includes(activeIndex) || activeIndex >= contacts.length ? indexes : [activeIndex, ...indexes];
    },
  });

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

  // Focus waits until the card is rendered (it may first need scrolling into view).
  const focusPending = (): void => {
    const id = pendingFocus.current;
    if (id === undefined) return;
    const link = listRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] .people-row-link`);
    if (link) {
      pendingFocus.current = undefined;
      link.focus();
    }
  };
  useLayoutEffect(focusPending);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const pageRows = Math.max(1, Math.floor(window.innerHeight / ROW_HEIGHT) - 1);
    const next = rowAfterKey(event.key, activeIndex, contacts.length, pageRows);
    const contact = next === undefined ? undefined : contacts[next];
    if (next === undefined || !contact) return;
    event.preventDefault();
    setActiveId(contact.id);
    pendingFocus.current = contact.id;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  // A click or Tab onto a row makes it the row that ↑ ↓ start from.
  const onFocus = (event: FocusEvent<HTMLUListElement>): void => {
    const id = (event.target.closest('[data-id]') as HTMLElement | null)?.dataset.id;
    if (id !== undefined && id !== activeId) setActiveId(id);
  };

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
