// The reflections list, virtualised against the window's scroll (as the People list is), so 5,000 entries
// cost as much as the dozen on screen. One row link is in the Tab order; ↑ ↓ Home End PageUp PageDown move.
import { useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultRangeExtractor, useWindowVirtualizer } from '@tanstack/react-virtual';
import { useScrollMargin } from '../contacts/use-scroll-margin';
import { rowAfterKey } from '../contacts/list-keys';
import type { ReflectionItem } from './live-reflections';
import { ReflectionRow } from './ReflectionRow';

export const ROW_HEIGHT = 68;

interface Props {
  items: readonly ReflectionItem[];
  names: ReadonlyMap<string, string>;
}

export function VirtualReflectionList({ items, names }: Props) {
  const { t, i18n } = useTranslation();
  const listRef = useRef<HTMLUListElement>(null);
  const scrollMargin = useScrollMargin(listRef);
  const [activeId, setActiveId] = useState<string | undefined>();
  const pendingFocus = useRef<string | undefined>(undefined);
  const indexById = useMemo(() => new Map(items.map((r, i) => [r.id, i])), [items]);
  const activeIndex = (activeId !== undefined ? indexById.get(activeId) : undefined) ?? 0;

  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    scrollMargin,
    getItemKey: (index) => items[index]?.id ?? index,
    // The focused row stays rendered while scrolled away, so focus is never dropped onto the page.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      return indexes.includes(activeIndex) || activeIndex >= items.length ? indexes : [activeIndex, ...indexes];
    },
  });

  // Focus waits until the row is rendered (it may first need scrolling into view).
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === undefined) return;
    const link = listRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] .reflection-row-link`);
    if (link) {
      pendingFocus.current = undefined;
      link.focus();
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const pageRows = Math.max(1, Math.floor(window.innerHeight / ROW_HEIGHT) - 1);
    const next = rowAfterKey(event.key, activeIndex, items.length, pageRows);
    const item = next === undefined ? undefined : items[next];
    if (next === undefined || !item) return;
    event.preventDefault();
    setActiveId(item.id);
    pendingFocus.current = item.id;
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
      className="reflection-list"
      aria-label={t('reflections.title')}
      aria-describedby="reflection-keys-hint"
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const item = items[row.index];
        if (!item) return null;
        return (
          <ReflectionRow
            key={item.id}
            item={item}
            names={names}
            start={row.start - scrollMargin}
            index={row.index}
            total={items.length}
            tabbable={row.index === activeIndex}
            t={t}
            locale={i18n.language}
          />
        );
      })}
    </ul>
  );
}
