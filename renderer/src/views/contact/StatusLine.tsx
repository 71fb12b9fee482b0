// A quiet confirmation of what just happened ("Logged as a message today…"), announced politely to screen
// readers and gone after a while. The region is always there, so the announcement is not missed.
import { useEffect } from 'react';

export function StatusLine({
  message,
  onDone,
  className,
}: {
  message: string;
  onDone: () => void;
  className?: string;
}) {
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(onDone, 9000);
    return () => clearTimeout(timer);
  }, [message, onDone]);
  return (
    <p role="status" className={`contact-status${message ? ' visible' : ''}${className ? ` ${className}` : ''}`}>
      {message}
    </p>
  );
}
