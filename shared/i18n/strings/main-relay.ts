// What main says about the relay (Settings → Devices → Relay and `rapport sync`), in English and Swedish;
// part of main's catalogue (shared/i18n/strings/main.ts).
import { defineStrings } from '../define';

export const relayCatalogue = defineStrings(
  {
    badUrl: '“{{text}}” is not a relay address: write it as wss://host/ (or ws://host:port for one on this network).',
    badRoom: 'A room name has 1 to 100 letters, digits, dots, dashes or underscores.',
    keyUnreadable:
      'The relay key cannot be read on this computer: save the relay settings again on a paired device and pair anew.',
    otherJournal: 'The relay room holds another journal, so nothing from it was taken in. Choose another room.',
    olderEpoch:
      'The journal was restored on another device; this computer holds the state from before that restore and does not merge it in.',
  },
  {
    badUrl:
      '”{{text}}” är ingen reläadress: skriv den som wss://värd/ (eller ws://värd:port för ett relä i det här nätverket).',
    badRoom: 'Ett rumsnamn har 1 till 100 bokstäver, siffror, punkter, bindestreck eller understreck.',
    keyUnreadable:
      'Reläets nyckel går inte att läsa på den här datorn: spara reläinställningarna igen på en parkopplad enhet och parkoppla på nytt.',
    otherJournal: 'Rummet på reläet har en annan journal, så ingenting därifrån togs in. Välj ett annat rum.',
    olderEpoch:
      'Journalen återställdes på en annan enhet; den här datorn har läget från före återställningen och slår inte ihop det.',
  },
);
