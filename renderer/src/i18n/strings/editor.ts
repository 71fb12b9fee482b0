// Strings of the shared widgets (pickers, chips) used on many screens.
import { defineStrings } from '../define';

export const strings = defineStrings(
  {
    remove: 'Remove {{name}}',
    noMatches: 'No matches',
    searchToAdd: 'Type to search…',
    selected: '{{label}}: {{count}} chosen',
  },
  {
    remove: 'Ta bort {{name}}',
    noMatches: 'Inga träffar',
    searchToAdd: 'Skriv för att söka…',
    selected: '{{label}}: {{count}} valda',
  },
);
