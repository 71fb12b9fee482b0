// Svenska gränssnittstexter.
import type { Messages } from './en';

export const sv: Messages = {
  app: { title: 'Rapport', tagline: 'Relationer, ett lugnt steg i taget.' },
  status: {
    saved: 'Sparat',
    saving: 'Sparar…',
    error: 'Inte sparat: {{message}}',
    browser: 'Sparas i den här webbläsaren',
  },
  browserNotice:
    'Det här är webbversionen av Rapport. Din journal stannar i den här webbläsaren på den här datorn — inget skickas någonstans. Rensar du webbplatsdata försvinner den.',
  notices: { title: 'Rapport reparerade din journal när den öppnades' },
  contacts: {
    heading: 'Personer',
    new: 'Ny kontakt',
    count_one: '{{count}} person',
    count_other: '{{count}} personer',
    emptyTitle: 'Börja med tre personer',
    emptyBody:
      'Lägg till tre personer du tycker är intressanta — klistra in en LinkedIn-profiladress, eller skriv bara ett namn. En i taget räcker gott.',
    openLinkedIn: 'Öppna {{name}} på LinkedIn',
  },
  form: {
    title: 'Ny kontakt',
    name: 'Namn',
    company: 'Företag',
    role: 'Roll',
    linkedinUrl: 'LinkedIn-adress',
    linkedinHint: 'Klistra in en profiladress; namnet gissas utifrån den. Inget hämtas från nätet.',
    save: 'Lägg till kontakt',
    cancel: 'Avbryt',
    nameRequired: 'Ett namn räcker för att börja — skriv ett.',
    badUrl: 'Det ser inte ut som en webbadress (den ska börja med https://).',
  },
  inbox: {
    heading: 'Inkorg',
    empty: 'Snabbanteckningar från systemfältet hamnar här.',
    quickNote: 'Snabbanteckning',
  },
  quickNote: {
    label: 'Snabbanteckning',
    placeholder: 'Vad vill du komma ihåg?',
    hint: '{{key}}+Enter sparar · Esc stänger',
    save: 'Spara anteckning',
    saved: 'Sparad i din inkorg',
  },
  loading: 'Öppnar din journal…',
  loadFailed: 'Rapport kunde inte öppna journalen: {{message}}',
};
