// Where a window-scrolled virtual list starts on the page: the virtualiser needs it to know which rows are
// in view. Measured on mount and whenever the page's height changes (a form opening above the list).
import { useLayoutEffect, useState, type RefObject } from 'react';

export function useScrollMargin(ref: RefObject<HTMLElement | null>): number {
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (): void => {
      const top = Math.round(el.getBoundingClientRect().top + window.scrollY);
      setMargin((m) => (m === top ? m : top));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.documentElement);
    return () => observer.disconnect();
  }, [ref]);
  return margin;
}
