// "Skip to content": the first stop of Tab, shown only when focused; it takes the user past the top bar and
// the sidebar to the current screen's heading (without touching the address, which holds the route).
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { focusScreen } from '../nav/focus-heading';

export function SkipLink({ main }: { main: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#content"
      onClick={(event) => {
        event.preventDefault();
        focusScreen(main.current);
      }}
    >
      {t('shell.skipToContent')}
    </a>
  );
}
