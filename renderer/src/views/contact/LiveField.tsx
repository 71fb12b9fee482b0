// A labelled text field that saves as the user types (see use-live-text): nothing typed ever waits for a
// "Save" button.
import { useId } from 'react';
import { useLiveText, type LiveTextOptions } from './use-live-text';

interface Props extends LiveTextOptions {
  label: string;
  value: string;
  onSave: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'url' | 'email' | 'tel';
  placeholder?: string;
  hint?: string;
  className?: string;
  /** The label is read by screen readers but not shown (a heading nearby already says it). */
  labelHidden?: boolean;
}

export function LiveField({
  label,
  value,
  onSave,
  multiline,
  rows = 3,
  type = 'text',
  placeholder,
  hint,
  className,
  labelHidden,
  ...options
}: Props) {
  const id = useId();
  const live = useLiveText(value, onSave, options);
  const common = { id, placeholder, 'aria-describedby': hint ? `${id}-hint` : undefined, ...live };
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className={labelHidden ? 'contact-sr-only' : undefined}>
        {label}
      </label>
      {multiline ? <textarea rows={rows} {...common} /> : <input type={type} {...common} />}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
