// Every screen's strings, each under its own top-level key (t('goals.title'), t('pipeline.move'), …).
import { strings as circles } from './strings/circles';
import { strings as contact } from './strings/contact';
import { strings as contactsView } from './strings/contacts-view';
import { strings as data } from './strings/data';
import { strings as editor } from './strings/editor';
import { strings as goals } from './strings/goals';
import { strings as interactions } from './strings/interactions';
import { strings as pipeline } from './strings/pipeline';
import { strings as settings } from './strings/settings';
import { strings as shell } from './strings/shell';
import { strings as trash } from './strings/trash';
import { strings as today } from './strings/today';
import { strings as review } from './strings/review';
import { strings as reflections } from './strings/reflections';
import { strings as events } from './strings/events';
import { strings as inbox } from './strings/inbox';
import { strings as insights } from './strings/insights';
import { strings as search } from './strings/search';
import { strings as spellcheck } from './strings/spellcheck';
import { strings as dayField } from './strings/day-field';
import { strings as syncStatus } from './strings/sync-status';

export const features = {
  circles,
  contact,
  contactsView,
  data,
  editor,
  goals,
  interactions,
  pipeline,
  settings,
  shell,
  trash,
  today,
  review,
  reflections,
  events,
  inbox,
  insights,
  search,
  spellcheck,
  dayField,
  syncStatus,
};

type Lang = 'en' | 'sv';
export function featureStrings(lang: Lang): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [key, value] of Object.entries(features)) out[key] = value[lang];
  return out;
}
