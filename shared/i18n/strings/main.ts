// Every word main itself shows — tray, app menu, the "still in the tray" notice — in English and Swedish.
// main reads them through main/app/main-i18n.ts (t('tray.quickNote')); the windows' catalogues live beside.
import { defineStrings } from '../define';
import { dialogCatalogue } from './main-dialogs';
import { importCatalogue } from './import-problems';
import { relayCatalogue } from './main-relay';

export const mainCatalogue = defineStrings(
  {
    tray: {
      toolTip: 'Rapport',
      quickNote: 'Quick note…',
      openJournal: 'Open Rapport',
      followUpsHeading: 'Follow up',
      quit: 'Quit',
      sync: {
        noDevices: 'Sync: on, no devices paired yet',
        syncing: 'Sync: syncing with {{name}}…',
        upToDateOne: 'Sync: up to date with {{name}}',
        upToDateAll: 'Sync: up to date with {{count}} devices',
        upToDateSome: 'Sync: up to date with {{count}} of {{total}} devices',
        unreachableOne: 'Sync: can’t reach {{name}} — it syncs when both are on the same network',
        unreachableMany: 'Sync: can’t reach your {{count}} devices — they sync when on the same network',
        paused: 'Sync: paused with {{name}} — Settings → Devices says why',
      },
    },
    menu: {
      file: 'File',
      view: 'View',
      quickNote: 'Quick note…',
      import: 'Import…',
      export: 'Export',
      exportMarkdown: 'Markdown folder…',
      exportJson: 'JSON…',
      exportVcard: 'vCard…',
      exportRapport: 'Rapport snapshot…',
      openDataFolder: 'Open data folder',
      quit: 'Quit',
    },
    quickNote: {
      personGone: 'Someone you picked is no longer in the journal. Remove them and save again.',
    },
    trayNotice: {
      title: 'Rapport is still here',
      message: 'Rapport keeps running in the tray',
      detail:
        'Quick notes and the shortcut still work while the window is closed. Open Rapport from the tray icon, or choose Quit there to close it completely. You can change this in Settings.',
      ok: 'OK',
      dontShowAgain: 'Don’t show again',
    },
    followUp: {
      nextStep: 'Next step',
      getInTouch: 'Time to get in touch',
    },
    reminder: {
      title: 'Worth a moment today',
      nextSteps_one: '{{count}} next step is due',
      nextSteps_other: '{{count}} next steps are due',
      keepInTouch_one: '{{count}} person to get back in touch with',
      keepInTouch_other: '{{count}} people to get back in touch with',
      prepare_one: '{{count}} event tomorrow to prepare for',
      prepare_other: '{{count}} events tomorrow to prepare for',
      oneNextStep: 'Next step with {{name}}: {{text}}',
      oneKeepInTouch: 'It has been a while since you were in touch with {{name}}.',
      onePrepare: '{{title}} is tomorrow — a few minutes to prepare?',
    },
    openFile: {
      failed: 'Rapport could not open the file',
    },
    sync: {
      codeLength: 'A pairing code has {{expected}} letters and digits; this one has {{actual}}.',
      codeCharacter: '“{{char}}” is not part of a pairing code.',
      notAnAddress: '“{{text}}” is not an address: write it as host:port, for example 192.168.1.20:47631.',
      unreachable: 'Could not reach {{address}} ({{reason}}).',
      turnOnFirst: 'Sync is off: turn it on before adding a device.',
      keyUnreadable: 'The key for this device cannot be read on this computer: pair them again.',
      unpaired: 'The other device no longer knows this one: pair them again.',
      codeRefused: 'The pairing code was not accepted: it may have expired or been used. Ask for a new one.',
      otherDevice: 'A different device answered at that address.',
      wrongKey: 'The other device could not prove it holds the shared key.',
      timeout: 'The other device took too long to answer.',
      closed: 'The other device closed the connection.',
      otherJournal:
        '{{name}} keeps a different journal, so the two are not synced. Nothing was changed on either device.',
      adoptRefused:
        '{{name}} asked to take this journal, but it has synced with this device before; only a newly paired device can. Nothing was changed.',
      adoptFailed: '{{name}} did not hand over its journal, so this one was left as it was.',
      peerOlderEpoch:
        '{{name}} still holds the journal from before it was restored here; it is not merged back in. {{name}} needs to take the restored journal first.',
      olderEpoch:
        'The journal was restored on {{name}}; this computer holds the state from before that restore and does not merge it in.',
      epochTaken:
        '{{name}} restored a backup, so this computer now holds that journal. How it was here before is kept in the backup “before restore from {{name}}” (Your data → Backups).',
      epochTakenWithEdits:
        '{{name}} restored a backup, so this computer now holds that journal. Edits made here since the last sync are not in it; they are kept in the backup “before restore from {{name}}” (Your data → Backups).',
    },
    ...dialogCatalogue.en,
    importing: importCatalogue.en,
    relay: relayCatalogue.en,
  },
  {
    tray: {
      toolTip: 'Rapport',
      quickNote: 'Snabbanteckning…',
      openJournal: 'Öppna Rapport',
      followUpsHeading: 'Att följa upp',
      quit: 'Avsluta',
      sync: {
        noDevices: 'Synk: på, inga enheter parkopplade än',
        syncing: 'Synk: synkar med {{name}}…',
        upToDateOne: 'Synk: i fas med {{name}}',
        upToDateAll: 'Synk: i fas med {{count}} enheter',
        upToDateSome: 'Synk: i fas med {{count}} av {{total}} enheter',
        unreachableOne: 'Synk: når inte {{name}} – ni synkar när båda är på samma nätverk',
        unreachableMany: 'Synk: når inte dina {{count}} enheter – ni synkar när ni är på samma nätverk',
        paused: 'Synk: pausad med {{name}} – Inställningar → Enheter berättar varför',
      },
    },
    menu: {
      file: 'Arkiv',
      view: 'Visa',
      quickNote: 'Snabbanteckning…',
      import: 'Importera…',
      export: 'Exportera',
      exportMarkdown: 'Markdown-mapp…',
      exportJson: 'JSON…',
      exportVcard: 'vCard…',
      exportRapport: 'Rapport-ögonblicksbild…',
      openDataFolder: 'Öppna datamappen',
      quit: 'Avsluta',
    },
    quickNote: {
      personGone: 'Någon du valde finns inte längre i journalen. Ta bort personen och spara igen.',
    },
    trayNotice: {
      title: 'Rapport finns kvar',
      message: 'Rapport fortsätter i systemfältet',
      detail:
        'Snabbanteckningar och kortkommandot fungerar även när fönstret är stängt. Öppna Rapport från ikonen i systemfältet, eller välj Avsluta där för att stänga helt. Du kan ändra det här i Inställningar.',
      ok: 'OK',
      dontShowAgain: 'Visa inte igen',
    },
    followUp: {
      nextStep: 'Nästa steg',
      getInTouch: 'Dags att höra av sig',
    },
    reminder: {
      title: 'Värt en stund i dag',
      nextSteps_one: '{{count}} nästa steg att ta',
      nextSteps_other: '{{count}} nästa steg att ta',
      keepInTouch_one: '{{count}} person att höra av dig till',
      keepInTouch_other: '{{count}} personer att höra av dig till',
      prepare_one: '{{count}} evenemang i morgon att förbereda',
      prepare_other: '{{count}} evenemang i morgon att förbereda',
      oneNextStep: 'Nästa steg med {{name}}: {{text}}',
      oneKeepInTouch: 'Det var ett tag sedan du hördes med {{name}}.',
      onePrepare: '{{title}} är i morgon — några minuter att förbereda?',
    },
    openFile: {
      failed: 'Rapport kunde inte öppna filen',
    },
    sync: {
      codeLength: 'En parkopplingskod har {{expected}} bokstäver och siffror; den här har {{actual}}.',
      codeCharacter: '”{{char}}” ingår inte i en parkopplingskod.',
      notAnAddress: '”{{text}}” är ingen adress: skriv den som värd:port, till exempel 192.168.1.20:47631.',
      unreachable: 'Det gick inte att nå {{address}} ({{reason}}).',
      turnOnFirst: 'Synkningen är avstängd: slå på den innan du lägger till en enhet.',
      keyUnreadable: 'Nyckeln för den här enheten går inte att läsa på den här datorn: parkoppla dem igen.',
      unpaired: 'Den andra enheten känner inte längre igen den här: parkoppla dem igen.',
      codeRefused: 'Parkopplingskoden godtogs inte: den kan ha gått ut eller redan använts. Be om en ny.',
      otherDevice: 'En annan enhet svarade på den adressen.',
      wrongKey: 'Den andra enheten kunde inte visa att den har den gemensamma nyckeln.',
      timeout: 'Den andra enheten dröjde för länge med att svara.',
      closed: 'Den andra enheten stängde anslutningen.',
      otherJournal: '{{name}} har en annan journal, så de två synkas inte. Ingenting ändrades på någon av enheterna.',
      adoptRefused:
        '{{name}} bad om att få ta över den här journalen, men har redan synkat med den här enheten förut; det kan bara en nyss parkopplad enhet. Ingenting ändrades.',
      adoptFailed: '{{name}} lämnade inte över sin journal, så den här lämnades som den var.',
      peerOlderEpoch:
        '{{name}} har kvar journalen från före återställningen här, och den slås inte ihop igen. {{name}} behöver först ta emot den återställda journalen.',
      olderEpoch:
        'Journalen återställdes på {{name}}; den här datorn har läget från före återställningen och slår inte ihop det.',
      epochTaken:
        '{{name}} återställde en säkerhetskopia, så den här datorn har nu den journalen. Så som den såg ut här innan finns kvar i säkerhetskopian ”före återställning från {{name}}” (Dina data → Säkerhetskopior).',
      epochTakenWithEdits:
        '{{name}} återställde en säkerhetskopia, så den här datorn har nu den journalen. Det du ändrat här sedan förra synken finns inte med i den, men finns kvar i säkerhetskopian ”före återställning från {{name}}” (Dina data → Säkerhetskopior).',
    },
    ...dialogCatalogue.sv,
    importing: importCatalogue.sv,
    relay: relayCatalogue.sv,
  },
);
