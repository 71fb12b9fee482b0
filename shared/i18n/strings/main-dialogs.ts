// main's dialogs, window titles, the store's repair notices and the errors it sends to the window, in
// English and Swedish; part of main's catalogue (shared/i18n/strings/main.ts).
import { defineStrings } from '../define';

export const dialogCatalogue = defineStrings(
  {
    window: {
      journal: 'Rapport',
      quickNote: 'Rapport — Quick note',
    },
    dialog: {
      openFailed: 'Rapport cannot open the journal',
      locked: 'The journal in {{dir}} is open in another Rapport. Close it there first.',
      exportFailed: 'Rapport could not export the journal',
      importTitle: 'Import into Rapport',
      filterAll: 'Contacts and journals',
      filterLinkedIn: 'LinkedIn Connections.csv',
      filterVcard: 'vCard',
    },
    exportDialog: {
      markdown: 'Choose where to put the Markdown folder',
      exportHere: 'Export here',
      json: 'Export the journal as JSON',
      vcard: 'Export contacts as vCard',
      rapport: 'Export a Rapport snapshot',
      filterJson: 'JSON',
      filterVcard: 'vCard',
      filterRapport: 'Rapport snapshot',
    },
    store: {
      tornTail:
        '{{file}} ended in an unfinished write (Rapport was stopped while saving); everything before it is intact.',
      damaged: '{{file}} is damaged at byte {{offset}}; the edits up to that point are intact.',
      snapshotDamaged: '{{file}} is damaged at byte {{offset}}.',
      keptAs: 'The damaged file is kept as {{keptAs}}.',
      recovered: 'Rapport recovered your journal from everything that could still be read.',
      identityLost:
        'No file still says which journal this is, so it continues under a new identity: a window that was open before starts afresh from what was recovered.',
      readOnly:
        'This journal was written by a newer version of Rapport (schema {{found}}; this version knows {{known}}). It is open for reading only and nothing in it is changed: update Rapport to edit it again.',
    },
    errors: {
      previewClosed: 'This import preview is no longer open; choose the file again.',
      importHasErrors: '{{file}} has errors; nothing was imported.',
      importTooLarge: 'This file is {{mb}} MB; Rapport imports files up to 50 MB.',
      importUnknownKind:
        'Rapport imports LinkedIn Connections.csv, vCard (.vcf), Rapport JSON (.json) and .rapport files.',
      importTooLargeBytes: 'This file is larger than 50 MB, the most Rapport imports at once.',
      restoreRunning: 'A restore is already running.',
      restoreRefused: '{{file}} cannot be restored: {{why}} Nothing was changed.',
      noSuchBackup: 'There is no backup named {{file}} in the backups folder.',
      diskFull:
        'The disk that holds {{dir}} is full. Free some space; Rapport keeps what is not saved yet and saves it as soon as there is room. ({{code}})',
      diskReadOnly:
        'Rapport may not write to {{dir}} (the folder or its disk is read-only). Make it writable, or choose another data folder. ({{code}})',
    },
  },
  {
    window: {
      journal: 'Rapport',
      quickNote: 'Rapport — Snabbanteckning',
    },
    dialog: {
      openFailed: 'Rapport kan inte öppna journalen',
      locked: 'Journalen i {{dir}} är öppen i en annan Rapport. Stäng den där först.',
      exportFailed: 'Rapport kunde inte exportera journalen',
      importTitle: 'Importera till Rapport',
      filterAll: 'Kontakter och journaler',
      filterLinkedIn: 'LinkedIn Connections.csv',
      filterVcard: 'vCard',
    },
    exportDialog: {
      markdown: 'Välj var Markdown-mappen ska ligga',
      exportHere: 'Exportera hit',
      json: 'Exportera journalen som JSON',
      vcard: 'Exportera kontakterna som vCard',
      rapport: 'Exportera en Rapport-ögonblicksbild',
      filterJson: 'JSON',
      filterVcard: 'vCard',
      filterRapport: 'Rapport-ögonblicksbild',
    },
    store: {
      tornTail:
        '{{file}} slutade med en ofullbordad skrivning (Rapport stoppades mitt i en sparning); allt före den är orört.',
      damaged: '{{file}} är skadad vid byte {{offset}}; ändringarna fram till dit är orörda.',
      snapshotDamaged: '{{file}} är skadad vid byte {{offset}}.',
      keptAs: 'Den skadade filen finns kvar som {{keptAs}}.',
      recovered: 'Rapport återställde journalen från allt som fortfarande gick att läsa.',
      identityLost:
        'Ingen fil säger längre vilken journal det här är, så den fortsätter med en ny identitet: ett fönster som var öppet tidigare börjar om från det som återställdes.',
      readOnly:
        'Journalen skrevs av en nyare version av Rapport (schema {{found}}; den här versionen känner till {{known}}). Den är öppen bara för läsning och inget i den ändras: uppdatera Rapport för att redigera den igen.',
    },
    errors: {
      previewClosed: 'Den här importförhandsvisningen är inte längre öppen; välj filen igen.',
      importHasErrors: '{{file}} innehåller fel; inget importerades.',
      importTooLarge: 'Filen är {{mb}} MB; Rapport importerar filer på upp till 50 MB.',
      importUnknownKind:
        'Rapport importerar LinkedIn Connections.csv, vCard (.vcf), Rapport-JSON (.json) och .rapport-filer.',
      importTooLargeBytes: 'Filen är större än 50 MB, det mesta Rapport importerar på en gång.',
      restoreRunning: 'En återställning pågår redan.',
      restoreRefused:
        '{{file}} kan inte återställas: filen går inte att läsa som en hel säkerhetskopia från Rapport. Inget ändrades.',
      noSuchBackup: 'Det finns ingen säkerhetskopia som heter {{file}} i mappen för säkerhetskopior.',
      diskFull:
        'Disken där {{dir}} ligger är full. Frigör lite utrymme; Rapport behåller det som inte är sparat än och sparar det så snart det finns plats. ({{code}})',
      diskReadOnly:
        'Rapport får inte skriva i {{dir}} (mappen eller disken är skrivskyddad). Gör den skrivbar, eller välj en annan datamapp. ({{code}})',
    },
  },
);
