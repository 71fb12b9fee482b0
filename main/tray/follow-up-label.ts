// One tray line per follow-up: the person and what is waiting, kept short for a menu, in main's language.
import type { FollowUp } from '@shared/practice/due-follow-ups';
import { mt } from '../app/main-i18n';

export function followUpLabel(item: FollowUp): string {
  const what =
    item.kind === 'next-step' ? shorten(item.text, 40) || mt('followUp.nextStep') : mt('followUp.getInTouch');
  return `${item.name} — ${what}`;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
