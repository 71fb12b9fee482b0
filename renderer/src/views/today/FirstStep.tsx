// One step of the first-steps guide: a mark that ticks itself (a read-only checkbox for screen readers),
// what to do, and the way there.
import { useId, type ReactNode } from 'react';

interface Props {
  title: string;
  done: boolean;
  body: string;
  children: ReactNode;
}

export function FirstStep({ title, done, body, children }: Props) {
  const id = useId();
  return (
    <li className={done ? 'first-step first-step-done' : 'first-step'} data-today-item>
      <span role="checkbox" aria-checked={done} aria-readonly="true" aria-labelledby={id} className="first-step-mark">
        {done ? '✓' : ''}
      </span>
      <div className="first-step-body">
        <h4 id={id}>{title}</h4>
        <p className="hint">{body}</p>
        <div className="first-step-actions">{children}</div>
      </div>
    </li>
  );
}
