// A labelled text field that saves as the user types (see use-live-text): nothing typed ever waits for a
// "Save" button. Used on the contact, goal, plan-step and circle pages.
import { useId, type InputHTMLAttributes } from 'react';
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
  /** Extra attributes for a single-line input (data-* hooks, list=). */
  inputProps?: InputHTMLAttributes<HTMLInputElement> & Record<`data-${string}`, string>;
}

export function LiveField(props: Props) {
  const {
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
    inputProps,
    ...options
  } = props;
  const id = useId();
  const live = useLiveText(value, onSave, options);
  const common = { id, placeholder, 'aria-describedby': hint ? `${id}-hint` : undefined, ...live };
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className={labelHidden ? 'sr-only' : undefined}>
        {label}
      </label>
      {multiline ? <textarea rows={rows} {...common} /> : <input type={type} {...inputProps} {...common} />}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
