// Every word main itself shows — tray, app menu, the "still in the tray" notice — in English and Swedish.
// main reads them through main/app/main-i18n.ts (t('tray.quickNote')); the windows' catalogues live beside.
import { defineStrings } from '../define';

export const mainCatalogue = defineStrings(
  {
    tray: {
      toolTip: 'Rapport',
      quickNote: 'Quick note…',
      openJournal: 'Open Rapport',
      followUpsHeading: 'Follow up',
      quit: 'Quit',
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
  },
  {
    tray: {
      toolTip: 'Rapport',
      quickNote: 'Snabbanteckning…',
      openJournal: 'Öppna Rapport',
      followUpsHeading: 'Att följa upp',
      quit: 'Avsluta',
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
  },
);
