// The one required text box of a "New goal" / "New circle" form: focused on open, Esc cancels, and a missing
// name is said next to the box (and announced) instead of silently refusing.
import { useId, type RefObject } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** The kind message shown when the name is missing; '' when all is well. */
  error: string;
  onEscape: () => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

export function NameField({ label, value, onChange, placeholder, error, onEscape, inputRef }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        value={value}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onEscape();
        }}
        autoFocus
      />
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
