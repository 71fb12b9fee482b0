// Every word main itself shows — tray, app menu, the "still in the tray" notice — in English and Swedish.
// main reads them through main/app/main-i18n.ts (t('tray.quickNote')); the windows' catalogues live beside.
import { defineStrings } from '../define';
import { dialogCatalogue } from './main-dialogs';
import { importCatalogue } from './import-problems';

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
    ...dialogCatalogue.en,
    importing: importCatalogue.en,
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
    ...dialogCatalogue.sv,
    importing: importCatalogue.sv,
  },
);
