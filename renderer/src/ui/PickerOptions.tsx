// The listbox under a picker's combobox (EntityPicker, the quick note's "About whom?"): the options as ARIA
// options with an id the combobox points at (aria-activedescendant `${pickerId}-opt-${i}`), the mouse
// choosing without taking the focus from the text box.
import type { ReactNode } from 'react';
import type { PickerOption } from './picker-match';

interface Props {
  /** The picker's id; the list's is `listId`, each option's `${pickerId}-opt-${index}`. */
  pickerId: string;
  listId: string;
  label: string;
  shown: boolean;
  options: readonly PickerOption[];
  active: number;
  onActive: (index: number) => void;
  onPick: (index: number) => void;
  /** Said when there are no options (nothing when null). */
  empty: ReactNode;
}

export function PickerOptions({ pickerId, listId, label, shown, options, active, onActive, onPick, empty }: Props) {
  return (
    <ul id={listId} role="listbox" aria-label={label} className="picker-list" hidden={!shown}>
      {options.length === 0 && empty !== null && <li className="picker-empty">{empty}</li>}
      {options.map((option, i) => (
        <li
          key={option.id}
          id={`${pickerId}-opt-${i}`}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'picker-option active' : 'picker-option'}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(i)}
          onMouseEnter={() => onActive(i)}
        >
          <span>{option.label}</span>
          {option.detail && <span className="picker-detail">{option.detail}</span>}
        </li>
      ))}
    </ul>
  );
}
