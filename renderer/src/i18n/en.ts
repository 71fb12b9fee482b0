// English UI strings. Keys are shared with sv.ts; the type below keeps the two in step.
export const en = {
  app: { title: 'Rapport', tagline: 'Relationships, one calm step at a time.' },
  status: {
    saved: 'Saved',
    saving: 'Saving…',
    error: 'Not saved: {{message}}',
    browser: 'Stored in this browser',
  },
  browserNotice:
    'This is the browser version of Rapport. Your journal stays in this browser on this computer — nothing is sent anywhere. Clearing the browser’s site data removes it.',
  notices: { title: 'Rapport repaired your journal when it opened', readOnly: 'This journal is open for reading only' },
  contacts: {
    heading: 'People',
    new: 'New contact',
    count_one: '{{count, number}} person',
    count_other: '{{count, number}} people',
    emptyTitle: 'Start with three people',
    emptyBody:
      'Add three people you find interesting — paste a LinkedIn profile URL, or just write a name. One at a time is plenty.',
    openLinkedIn: 'Open {{name}} on LinkedIn',
  },
  form: {
    title: 'New contact',
    name: 'Name',
    company: 'Company',
    role: 'Role',
    linkedinUrl: 'LinkedIn URL',
    linkedinHint: 'Paste a profile address; the name is guessed from it. Nothing is fetched.',
    save: 'Add contact',
    cancel: 'Cancel',
    nameRequired: 'A name is enough to start — please write one.',
    badUrl: 'That does not look like a web address (it should start with https://).',
  },
  quickNote: {
    label: 'Quick note',
    placeholder: 'What do you want to remember?',
    hint: '{{key}}+Enter to save · Esc to close',
    save: 'Save note',
    saved: 'Saved to your inbox',
  },
  importing: {
    button: 'Import…',
    title: 'Import {{file}}',
    dialogLabel: 'Import preview',
    added: 'New people',
    updated: 'Updated',
    jobChanges: 'of them changed role',
    unchanged: 'Already in your journal',
    skipped: 'Skipped',
    problems: 'Problems in the file',
    line: 'line {{line}}',
    nothingNew: 'Everything in this file is already in your journal.',
    cannot: 'Nothing can be imported from this file.',
    confirm: 'Import',
    cancel: 'Cancel',
    done: 'Imported {{added}} new and updated {{updated}}. A backup was taken first.',
    undo: 'Undo import',
    undone: 'The import was undone.',
    dropHint: 'Drop a LinkedIn Connections.csv, .vcf, .json or .rapport file to import it',
    failed: 'The import failed: {{message}}',
    tooLarge: '{{file}} is {{size}} MB; Rapport imports files up to 50 MB at a time.',
  },
  loading: 'Opening your journal…',
  loadFailed: 'Rapport could not open the journal: {{message}}',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
