// Choose several people, goals or circles: chosen ones as removable chips, plus an ARIA 1.2 combobox that
// filters the rest as you type (ArrowUp/Down to move, Enter to add, Esc to close).
import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { matchOptions, type PickerOption } from './picker-match';
import { PickerOptions } from './PickerOptions';
import './picker.css';

interface Props {
  label: string;
  options: readonly PickerOption[];
  selected: readonly string[];
  onAdd: (id: string) => void;
  onRemove: (id: string) => void;
  /** Renders a chosen entry (e.g. as a link to its page); defaults to its label. */
  renderChip?: (option: PickerOption) => ReactNode;
  placeholder?: string;
}

export function EntityPicker({ label, options, selected, onAdd, onRemove, renderChip, placeholder }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchOptions(options, selected, query), [options, selected, query]);
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const chosen = selected.map((sid) => byId.get(sid)).filter((o): o is PickerOption => o !== undefined);
  const listId = `${id}-list`;
  const shown = open && (query !== '' || matches.length > 0);

  const add = (option: PickerOption | undefined): void => {
    if (!option) return;
    onAdd(option.id);
    setQuery('');
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      setOpen(true);
      setActive((i) => Math.min(i + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      if (!shown) return;
      add(matches[active]);
    } else if (event.key === 'Escape' && shown) {
      setOpen(false);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      {chosen.length > 0 && (
        <ul className="chips" aria-label={label}>
          {chosen.map((option) => (
            <li key={option.id} className="chip">
              <span className="chip-text">{renderChip ? renderChip(option) : option.label}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('editor.remove', { name: option.label })}
                onClick={() => onRemove(option.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="picker-box">
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded={shown}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown && matches[active] ? `${id}-opt-${active}` : undefined}
          autoComplete="off"
          placeholder={placeholder ?? t('editor.searchToAdd')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <PickerOptions
          pickerId={id}
          listId={listId}
          label={label}
          shown={shown}
          options={matches}
          active={active}
          onActive={setActive}
          onPick={(i) => add(matches[i])}
          empty={t('editor.noMatches')}
        />
      </div>
    </div>
  );
}
