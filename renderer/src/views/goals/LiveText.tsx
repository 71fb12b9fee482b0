// A labelled text field that saves as the user types (see use-live-text.ts). Used by the goal, plan-step
// and circle pages.
import { useId, type InputHTMLAttributes } from 'react';
import { useLiveText, type LiveTextOptions } from './use-live-text';
import './live-text.css';

interface Props extends LiveTextOptions {
  label: string;
  value: string;
  onSave: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  hint?: string;
  className?: string;
  /** Read by screen readers but not shown (the field's place says what it is). */
  labelHidden?: boolean;
  /** Extra attributes for a single-line input (data-* hooks, list=). */
  inputProps?: InputHTMLAttributes<HTMLInputElement> & Record<`data-${string}`, string>;
}

export function LiveText(props: Props) {
  const { label, value, onSave, multiline, rows = 3, placeholder, hint, accept, className, labelHidden, inputProps } = props;
  const id = useId();
  const live = useLiveText(value, onSave, { accept });
  const common = { id, placeholder, 'aria-describedby': hint ? `${id}-hint` : undefined, ...live };
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className={labelHidden ? 'live-sr-only' : undefined}>
        {label}
      </label>
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...inputProps} {...common} />}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
