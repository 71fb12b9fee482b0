// A date field that speaks the chosen language (Chromium's <input type="date"> follows the OS locale, not
// Rapport's): it shows and reads days per day-text.ts, ArrowUp/ArrowDown move a day, and text that is no
// day says how to write one. `onDay` gets a whole day (YYYY-MM-DD) or '' when the field is cleared.
import { useEffect, useId, useRef, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { dayExample, dayLanguage, formatDay, parseDay, stepDay } from './day-text';
import './day-field.css';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'min'> & {
  value: string;
  /** A whole day or '' (cleared), with the field it was written in. */
  onDay: (day: string, field: HTMLInputElement) => void;
  /** The earliest day the field accepts (YYYY-MM-DD). */
  min?: string;
};

export function DayInput({ value, onDay, min, onBlur, onKeyDown, className, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const language = dayLanguage(i18n.language);
  const [text, setText] = useState(() => formatDay(value, language));
  const [wrong, setWrong] = useState(false);
  const focused = useRef(false);
  const errorId = useId();
  // A day changed elsewhere (or a new language) shows at once, unless the user is writing in the field.
  useEffect(() => {
    if (!focused.current) setText(formatDay(value, language));
  }, [value, language]);

  const read = (next: string): string | undefined => {
    const day = parseDay(next);
    return day && min && day < min ? undefined : day;
  };
  const accept = (next: string, field: HTMLInputElement): void => {
    setText(next);
    const day = read(next);
    if (day !== undefined) setWrong(false);
    if (day !== undefined && day !== value) onDay(day, field);
  };
  return (
    <>
      <input
        size={12}
        {...rest}
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        className={['day-input', className].filter(Boolean).join(' ')}
        placeholder={dayExample(language)}
        value={text}
        aria-invalid={wrong || undefined}
        aria-describedby={
          [rest['aria-describedby'], wrong ? errorId : undefined].filter(Boolean).join(' ') || undefined
        }
        onFocus={(e) => {
          focused.current = true;
          rest.onFocus?.(e);
        }}
        onChange={(e) => accept(e.target.value, e.currentTarget)}
        onBlur={(e) => {
          focused.current = false;
          const day = read(text);
          setWrong(day === undefined);
          if (day !== undefined) setText(formatDay(day === '' ? '' : day, language));
          onBlur?.(e);
        }}
        onKeyDown={(e) => {
          const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
          const from = read(text) || value;
          if (step !== 0 && from) {
            e.preventDefault();
            const next = stepDay(from, step);
            if (!min || next >= min) accept(formatDay(next, language), e.currentTarget);
          }
          onKeyDown?.(e);
        }}
      />
      {wrong && (
        <span id={errorId} className="day-input-error" role="alert">
          {t('dayField.wrong', { example: dayExample(language) })}
        </span>
      )}
    </>
  );
}
