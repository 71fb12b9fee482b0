// Links leave the app only through main's shell.openExternal (desktop) or a new tab (browser build).
import type { MouseEvent, ReactNode } from 'react';
import { useJournal } from '../data/journal-context';

export function ExternalLink({ href, label, children }: { href: string; label: string; children: ReactNode }) {
  const { api } = useJournal();
  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    if (!api) return;
    event.preventDefault();
    void api.openExternal(href);
  };
  return (
    <a
      className="external-link"
      href={href}
      aria-label={label}
      title={label}
      onClick={onClick}
      target="_blank"
      rel="noreferrer noopener"
    >
      {children}
    </a>
  );
}
