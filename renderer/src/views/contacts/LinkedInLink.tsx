// A row's small "in" link to the person's LinkedIn profile. It leaves the app only through main's
// shell.openExternal (desktop, `onOpen`) or a new tab (browser build); tabIndex follows the list's roving focus.
import type { MouseEvent } from 'react';

interface Props {
  href: string;
  label: string;
  tabIndex: number;
  onOpen: ((href: string) => void) | undefined;
}

export function LinkedInLink({ href, label, tabIndex, onOpen }: Props) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    if (!onOpen) return;
    event.preventDefault();
    onOpen(href);
  };
  return (
    <a
      className="external-link people-row-linkedin"
      href={href}
      aria-label={label}
      title={label}
      tabIndex={tabIndex}
      onClick={onClick}
      target="_blank"
      rel="noreferrer noopener"
      draggable={false}
    >
      in
    </a>
  );
}
