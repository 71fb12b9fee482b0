// "About whom?": an ARIA 1.2 combobox in the quick note whose suggestions come from main (the window holds no
// journal). Picked people show as chips with remove buttons; Ctrl/Cmd+Enter and Esc still save and hide.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactSuggestion, RapportApi } from '@shared/ipc/contract';
import { PickerOptions } from '../ui/PickerOptions';
import '../ui/picker.css';

interface Props {
  api: RapportApi;
  chosen: readonly ContactSuggestion[];
  onChange: (chosen: ContactSuggestion[]) => void;
  /** Keys the field does not use itself (Ctrl/Cmd+Enter, Esc with the list closed) go to the note. */
  onOtherKey: (event: KeyboardEvent<HTMLInputElement>) => void;
  disabled: boolean;
}

export function QuickNotePeople({ api, chosen, onChange, onOtherKey, disabled }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; people: ContactSuggestion[] }>({ query: '', people: [] });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const asked = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  // Only the answer to the latest query is shown: a slower earlier answer never overwrites it.
  useEffect(() => {
    const ask = ++asked.current;
    if (query.trim() === '') return;
    api.suggestContacts(query).then(
      (people) => {
        if (ask === asked.current) setFound({ query, people });
      },
      () => {
        if (ask === asked.current) setFound({ query, people: [] });
      },
    );
  }, [api, query]);

  // Until main answers the query as it stands, nothing is offered (an Enter never picks from an older answer).
  const answered = found.query === query;
  const matches = answered ? found.people.filter((p) => !chosen.some((c) => c.id === p.id)) : [];
  const shown = open && query.trim() !== '';
  const listId = `${id}-list`;

  const pick = (person: ContactSuggestion | undefined): void => {
    if (!person) return;
    onChange([...chosen, person]);
    setQuery('');
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const plainEnter = event.key === 'Enter' && !event.ctrlKey && !event.metaKey;
    if (event.key === 'ArrowDown') {
      setOpen(true);
      setActive((i) => Math.min(i + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      setActive((i) => Math.max(i - 1, 0));
    } else if (plainEnter) {
      if (shown) pick(matches[active]);
    } else if (event.key === 'Escape' && shown) {
      setOpen(false);
    } else {
      onOtherKey(event);
      return;
    }
    event.preventDefault();
  };
  const remove = (person: ContactSuggestion): void => {
    onChange(chosen.filter((c) => c.id !== person.id));
    input.current?.focus();
  };

  return (
    <div className="picker quick-note-people">
      <label htmlFor={`${id}-input`} className="quick-note-label">
        {t('quickNote.people.label')}
      </label>
      <div className="picker-box">
        <input
          id={`${id}-input`}
          ref={input}
          role="combobox"
          aria-expanded={shown}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown && matches[active] ? `${id}-opt-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('quickNote.people.placeholder')}
          value={query}
          readOnly={disabled}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          // Main folds the names once after the contacts changed: asking now makes the first letter instant.
          onFocus={() => void api.suggestContacts('').catch(() => undefined)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <PickerOptions
          pickerId={id}
          listId={listId}
          label={t('quickNote.people.label')}
          shown={shown}
          options={matches.map((person) => ({ id: person.id, label: person.name, detail: person.company }))}
          active={active}
          onActive={setActive}
          onPick={(i) => pick(matches[i])}
          empty={answered ? t('quickNote.people.none') : null}
        />
      </div>
      {chosen.length > 0 && (
        <ul className="chips" aria-label={t('quickNote.people.chosen')}>
          {chosen.map((person) => (
            <li key={person.id} className="chip">
              <span className="chip-text">{person.name}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('quickNote.people.remove', { name: person.name })}
                onClick={() => remove(person)}
                disabled={disabled}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
