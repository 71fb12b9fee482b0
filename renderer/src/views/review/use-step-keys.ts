// Moving through the review's steps from the keyboard: PageUp / PageDown, or Ctrl+← / Ctrl+→ (Alt+← / Alt+→
// already go back and forward in history). Text fields and dialogs keep their own keys.
import { useEffect } from 'react';
import { isTextEditing } from '../../shell/use-global-keys';

export function useStepKeys(onBack: () => void, onNext: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.metaKey || event.shiftKey) return;
      if (isTextEditing(event.target)) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      const back = event.ctrlKey ? event.key === 'ArrowLeft' : event.key === 'PageUp';
      const next = event.ctrlKey ? event.key === 'ArrowRight' : event.key === 'PageDown';
      if (!back && !next) return;
      event.preventDefault();
      if (back) onBack();
      else onNext();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onBack, onNext]);
}
