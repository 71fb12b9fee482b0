// Starting a reflection from anywhere (Today's prompt, an event's aftermath, the weekly review, an inbox
// note): one undoable edit creates it — prompt, template headings and links included — then its page opens.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { createReflection, paragraphs, type ReflectionInput } from '@shared/schema';
import { templateBody, type TemplateId } from '@shared/practice/templates';
import type { Prompt } from '@shared/practice/prompts';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { navigate } from '../../nav/use-route';
import { markFresh } from './fresh-reflection';

export interface StartReflection extends Omit<ReflectionInput, 'prompt'> {
  prompt?: Prompt;
  template?: TemplateId;
  /** Paragraphs written before the template's headings (e.g. the weekly review's summary, a quick note). */
  lines?: readonly string[];
  /** Stay where you are instead of opening the new reflection's page. */
  stay?: boolean;
}

export function useStartReflection(): (start?: StartReflection) => string {
  const { doc } = useJournal();
  const edit = useEdit();
  const { i18n } = useTranslation();
  return useCallback(
    (start: StartReflection = {}): string => {
      const lang = i18n.language === 'sv' ? 'sv' : 'en';
      const { prompt, template, lines = [], stay, ...input } = start;
      const body = (): (Y.XmlElement | Y.XmlText)[] =>
        template ? templateBody(template, lang, lines) : lines.flatMap((line) => paragraphs(line));
      const id = edit(() =>
        createReflection(
          doc,
          { ...input, prompt: prompt ? { id: prompt.id, text: prompt.text[lang], group: prompt.group } : undefined },
          new Date(),
          body,
        ),
      );
      if (!stay) {
        markFresh(id);
        navigate({ view: 'reflection', id });
      }
      return id;
    },
    [doc, edit, i18n],
  );
}
