// Strings for the pipeline board (English and Swedish); the stage names are also the list's stage labels.
import { defineStrings } from '../define';

export const strings = defineStrings(
  {
    title: 'Pipeline',
    lead: 'Where each person is, from first noticing them to a real relationship. Move someone when something changes.',
    stages: {
      identified: 'Identified',
      'reached-out': 'Reached out',
      'in-touch': 'In touch',
      relationship: 'Relationship',
      paused: 'Paused',
      dormant: 'Dormant by choice',
    },
    quietNote: 'No reminders here, on purpose.',
    keysHint:
      'Drag a card to another column — or focus a name and press Alt+→ or Alt+← to move it one stage. ↑ ↓ move between cards.',
    count_one: '{{count, number}} person',
    count_other: '{{count, number}} people',
    emptyColumn: 'Nobody here right now.',
    dropHere: 'Drop to move here',
    moveTo: 'Move {{name}} to {{stage}}',
    moved: '{{name}} moved to {{stage}}. {{key}}+Z undoes it.',
    emptyTitle: 'Your pipeline is waiting for its first person',
    emptyBody:
      'Add someone you find interesting under People — paste a LinkedIn profile URL — and they appear here as “Identified”.',
    goToPeople: 'Go to People',
  },
  {
    title: 'Pipeline',
    lead: 'Var varje person befinner sig, från att du lade märke till dem till en riktig relation. Flytta någon när något ändras.',
    stages: {
      identified: 'Identifierad',
      'reached-out': 'Kontaktad',
      'in-touch': 'I kontakt',
      relationship: 'Relation',
      paused: 'Pausad',
      dormant: 'Vilande av eget val',
    },
    quietNote: 'Inga påminnelser här, med avsikt.',
    keysHint:
      'Dra ett kort till en annan kolumn — eller markera ett namn och tryck Alt+→ eller Alt+← för att flytta det ett steg. ↑ ↓ flyttar mellan korten.',
    count_one: '{{count, number}} person',
    count_other: '{{count, number}} personer',
    emptyColumn: 'Ingen här just nu.',
    dropHere: 'Släpp för att flytta hit',
    moveTo: 'Flytta {{name}} till {{stage}}',
    moved: '{{name}} flyttades till {{stage}}. {{key}}+Z ångrar.',
    emptyTitle: 'Din pipeline väntar på sin första person',
    emptyBody:
      'Lägg till någon du tycker är intressant under Personer — klistra in en LinkedIn-profiladress — så dyker hen upp här som ”Identifierad”.',
    goToPeople: 'Gå till Personer',
  },
);
