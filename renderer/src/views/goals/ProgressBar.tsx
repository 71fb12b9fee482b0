// A quiet bar for "how far along": a progressbar with an accessible name and a readable value text.
import './progress-bar.css';

interface Props {
  label: string;
  value: number;
  max: number;
  /** What a screen reader says instead of a percentage ("1 of 3 steps done"). */
  text: string;
  className?: string;
}

export function ProgressBar({ label, value, max, text, className }: Props) {
  const shown = Math.max(0, Math.min(value, max));
  const width = max > 0 ? `${(shown / max) * 100}%` : '0%';
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={shown}
      aria-valuetext={text}
      className={className ? `quiet-bar ${className}` : 'quiet-bar'}
    >
      <span className="quiet-bar-fill" style={{ width }} />
    </div>
  );
}
