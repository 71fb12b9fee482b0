// One option of the palette's listbox: its name and, for a search hit, the snippet, matches highlighted.
// A mouse press does not take focus from the text box (the combobox keeps it; aria-activedescendant moves).
// Memoised: a row whose item and highlight are unchanged is not rendered again while the user types.
import { memo } from 'react';
import type { PaletteItem } from './use-palette-groups';
import { Marked } from './Marked';

interface Props {
  id: string;
  item: PaletteItem;
  active: boolean;
  onHover: (item: PaletteItem) => void;
  onRun: (item: PaletteItem) => void;
}

export const PaletteOption = memo(function PaletteOption({ id, item, active, onHover, onRun }: Props) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className="palette-option"
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={() => onHover(item)}
      onClick={() => onRun(item)}
    >
      <span className="palette-label">
        <Marked text={item.label} ranges={item.labelRanges} />
      </span>
      {item.detail && (
        <span className="palette-detail">
          <Marked text={item.detail} ranges={item.detailRanges} />
        </span>
      )}
    </div>
  );
});
