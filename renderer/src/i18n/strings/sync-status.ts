// Strings for the sync line in the window's status area (components/SyncIndicator), English and Swedish: the
// same readings as the tray's line (shared/sync/sync-status.ts), without its "Sync:" prefix.
import { defineStrings } from '../define';

export const strings = defineStrings(
  {
    noDevices: 'Sync is on, no devices paired yet',
    syncing: 'Syncing with {{name}}…',
    upToDateOne: 'Up to date with {{name}}',
    upToDateAll: 'Up to date with {{count}} devices',
    upToDateSome: 'Up to date with {{count}} of {{total}} devices',
    unreachableOne: 'Can’t reach {{name}}',
    unreachableMany: 'Can’t reach your {{count}} devices',
    paused: 'Sync paused with {{name}}',
    dash: ' — {{hint}}',
    /** What to do, after the line; visually left out when the window is narrow (still read out). */
    hint: {
      unreachableOne: 'it syncs when both are on the same network',
      unreachableMany: 'they sync when on the same network',
      paused: 'Settings → Devices says why',
    },
    noticeTitle: 'A restore on another device',
    noticeDone: 'OK',
  },
  {
    noDevices: 'Synken är på, inga enheter parkopplade än',
    syncing: 'Synkar med {{name}}…',
    upToDateOne: 'I fas med {{name}}',
    upToDateAll: 'I fas med {{count}} enheter',
    upToDateSome: 'I fas med {{count}} av {{total}} enheter',
    unreachableOne: 'Når inte {{name}}',
    unreachableMany: 'Når inte dina {{count}} enheter',
    paused: 'Synk pausad med {{name}}',
    dash: ' – {{hint}}',
    hint: {
      unreachableOne: 'ni synkar när båda är på samma nätverk',
      unreachableMany: 'ni synkar när ni är på samma nätverk',
      paused: 'Inställningar → Enheter berättar varför',
    },
    noticeTitle: 'En återställning på en annan enhet',
    noticeDone: 'OK',
  },
);
