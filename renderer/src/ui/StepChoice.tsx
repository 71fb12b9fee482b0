// A few quiet steps as one radio group (arrow keys move between them): how an interaction felt, the energy an
// event or an interaction takes. Each group has its own name, so two on one screen never share a choice.
import { useId, type ReactNode } from 'react';
import '../interactions/interactions.css';

interface Props<T extends number> {
  legend: string;
  steps: readonly T[];
  value: T | undefined;
  onChange: (step: T | undefined) => void;
  /** The words for a step. */
  label: (step: T) => string;
  /** Draw a step's size as dots before its words. */
  dots?: boolean;
  /** Offer "none" first, with this label. */
  noneLabel?: string;
  className?: string;
  describedBy?: string;
  children?: ReactNode;
}

export function StepChoice<T extends number>(props: Props<T>) {
  const { legend, steps, value, onChange, label, dots, noneLabel, className, describedBy, children } = props;
  const name = useId();
  const step = (key: string, checked: boolean, pick: () => void, content: ReactNode) => (
    <label key={key} className={checked ? 'energy-step chosen' : 'energy-step'}>
      <input type="radio" name={name} checked={checked} onChange={pick} />
      {content}
    </label>
  );
  return (
    <fieldset className={`energy-choice ${className ?? ''}`.trim()} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <div className="energy-steps">
        {noneLabel !== undefined &&
          step('none', value === undefined, () => onChange(undefined), <span>{noneLabel}</span>)}
        {steps.map((s) =>
          step(
            String(s),
            value === s,
            () => onChange(s),
            <>
              {dots && s > 0 && (
                <span className="energy-dots" aria-hidden="true">
                  {'●'.repeat(s)}
                </span>
              )}
              <span>{label(s)}</span>
            </>,
          ),
        )}
      </div>
      {children}
    </fieldset>
  );
}
