// The reflections list, virtualised against the window's scroll (as the People list is), so 5,000 entries
// cost as much as the dozen on screen. One row link is in the Tab order; ↑ ↓ Home End PageUp PageDown move.
import { useTranslation } from 'react-i18next';
import { useRovingVirtualRows } from '../../ui/use-roving-virtual-rows';
import type { ReflectionItem } from './live-reflections';
import { ReflectionRow } from './ReflectionRow';

export const ROW_HEIGHT = 68;

interface Props {
  items: readonly ReflectionItem[];
  names: ReadonlyMap<string, string>;
}

export function VirtualReflectionList({ items, names }: Props) {
  const { t, i18n } = useTranslation();
  const { listRef, virtualizer, scrollMargin, activeIndex, onKeyDown, onFocus } = useRovingVirtualRows({
    rows: items,
    rowHeight: ROW_HEIGHT,
    overscan: 4,
    linkSelector: '.reflection-row-link',
  });

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
