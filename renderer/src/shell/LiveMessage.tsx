// A quiet, short-lived message ("Undone") that screen readers announce politely.
import { useEffect } from 'react';

export function LiveMessage({ message, onDone }: { message: string; onDone: () => void }) {
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(onDone, 2500);
    return () => clearTimeout(timer);
  }, [message, onDone]);
  return (
    <div className={message ? 'live-message visible' : 'live-message'} role="status" aria-live="polite">
      {message}
    </div>
  );
}
