// Every word main itself shows in the tray, the app menu's Quit and the "still in the tray" notice, in one
// place so the localisation slice (issue 11, "One language everywhere") can swap in the catalogues. English.
import type { FollowUp } from '@shared/practice/due-follow-ups';

export const mainStrings = {
  tray: {
    toolTip: 'Rapport',
    quickNote: 'Quick note…',
    openJournal: 'Open Rapport',
    followUpsHeading: 'Follow up',
    quit: 'Quit',
  },
  menu: {
    quit: 'Quit',
  },
  trayNotice: {
    title: 'Rapport is still here',
    message: 'Rapport keeps running in the tray',
    detail:
      'Quick notes and the shortcut still work while the window is closed. Open Rapport from the tray icon, or choose Quit there to close it completely. You can change this in Settings.',
    ok: 'OK',
    dontShowAgain: 'Don’t show again',
  },
};

/** One tray line per follow-up: the person and what is waiting, kept short for a menu. */
export function followUpLabel(item: FollowUp): string {
  const what = item.kind === 'next-step' ? shorten(item.text, 40) || 'Next step' : 'Time to get in touch';
  return `${item.name} — ${what}`;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
