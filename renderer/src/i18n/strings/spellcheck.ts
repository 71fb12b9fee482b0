// Strings for Settings → Spelling (Windows and Linux), English and Swedish: plain about the one download.
import { defineStrings } from '../define';

export const strings = defineStrings(
  {
    heading: 'Spelling',
    intro:
      'Rapport can underline misspelled words as you write. To do that on this computer it fetches a dictionary for each language once from the internet (from Electron’s dictionary server, a Google service); after that it checks spelling offline. Until you turn it on, Rapport fetches nothing.',
    enable: 'Check spelling (fetches the dictionaries once from the internet)',
    languages: 'Languages to check',
    language: { sv: 'svenska', en: 'English' },
    reopen:
      'Spelling is checked in windows opened from now on: close the journal window and open it again from the tray.',
    failed: 'This setting could not be saved. Please try again.',
  },
  {
    heading: 'Stavning',
    intro:
      'Rapport kan stryka under felstavade ord medan du skriver. För att göra det på den här datorn hämtar den en ordlista för varje språk en gång från internet (från Electrons ordlisteserver, en tjänst från Google); sedan kontrolleras stavningen utan nätet. Tills du slår på det hämtar Rapport ingenting.',
    enable: 'Kontrollera stavningen (hämtar ordlistorna en gång från internet)',
    languages: 'Språk att kontrollera',
    language: { sv: 'svenska', en: 'English' },
    reopen:
      'Stavningen kontrolleras i fönster som öppnas från och med nu: stäng journalfönstret och öppna det igen från systemfältet.',
    failed: 'Inställningen kunde inte sparas. Försök gärna igen.',
  },
);
