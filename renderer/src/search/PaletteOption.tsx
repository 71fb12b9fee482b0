// One option of the palette's listbox: its name and, for a search hit, the snippet, matches highlighted.
// A mouse press does not take focus from the text box (the combobox keeps it; aria-activedescendant moves).
import type { PaletteItem } from './use-palette-groups';
import { Marked } from './Marked';

interface Props {
  id: string;
  item: PaletteItem;
  active: boolean;
  onHover: () => void;
  onRun: () => void;
}

export function PaletteOption({ id, item, active, onHover, onRun }: Props) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className="palette-option"
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={onHover}
      onClick={onRun}
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
}
