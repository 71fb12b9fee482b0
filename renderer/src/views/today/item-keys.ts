// Moving through Today's items with ↑ and ↓: each item is marked data-today-item and names one main action
// (data-main), which gets the focus, so Enter runs it — a link opens, a button acts. Fields keep their arrows.
import type { KeyboardEvent } from 'react';

const ITEM = '[data-today-item]';
const MAIN = '[data-main]';

function mains(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(ITEM)]
    .map((item) => item.querySelector<HTMLElement>(MAIN))
    .filter((el): el is HTMLElement => el !== null);
}

function inField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

export function onItemKeys(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || inField(event.target)) return;
  const list = mains(event.currentTarget);
  if (list.length === 0) return;
  const active = document.activeElement;
  const item = active instanceof HTMLElement ? active.closest(ITEM) : null;
  const index = item ? list.findIndex((main) => item.contains(main)) : -1;
  const step = event.key === 'ArrowDown' ? 1 : -1;
  const next = index < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, index + step));
  event.preventDefault();
  list[next]?.focus();
}

/**
 * Before an action removes its item (Done, Snooze), remembers where focus should go — the next item, else
 * the previous one — and moves it there once the item is gone, so the keyboard user is not dropped.
 */
export function keepFocusNear(from: HTMLElement): void {
  const root = from.closest<HTMLElement>('[data-today-root]');
  const item = from.closest(ITEM);
  if (!root || !item) return;
  const list = mains(root);
  const index = list.findIndex((main) => item.contains(main));
  const target = list[index + 1] ?? list[index - 1];
  requestAnimationFrame(() => {
    if (target?.isConnected) target.focus();
  });
}
