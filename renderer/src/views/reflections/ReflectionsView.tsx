// The Reflections list (#/reflections): newest first, filtered by tag, prompt group or what an entry is linked
// to; a new entry starts blank, from a prompt in the library, or from a template, and opens at once.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATES } from '@shared/practice/templates';
import { useStartReflection } from './use-start-reflection';
import { useLiveReflections } from './use-live-reflections';
import { useLinkOptions } from './use-link-options';
import { useRememberedQuery } from './use-remembered-query';
import { applyQuery, facets as facetsOf } from './reflection-query';
import { ReflectionFilters } from './ReflectionFilters';
import { VirtualReflectionList } from './VirtualReflectionList';
import { PromptPicker } from './PromptPicker';
import { TemplateMenu } from './TemplateMenu';
import './reflections.css';

export function ReflectionsView() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'sv' ? 'sv' : 'en';
  const start = useStartReflection();
  const all = useLiveReflections();
  const options = useLinkOptions();
  const [query, setQuery] = useRememberedQuery();
  const [picking, setPicking] = useState(false);
  const shown = useMemo(() => applyQuery(all, query), [all, query]);
  const facets = useMemo(() => facetsOf(all, i18n.language), [all, i18n.language]);

  return (
    <section className="view reflections-view" aria-labelledby="reflections-heading">
      <div className="view-head reflections-head">
        <div>
          <h2 id="reflections-heading">{t('reflections.title')}</h2>
          <p className="muted reflections-lead">{t('reflections.lead')}</p>
        </div>
        <div className="reflections-actions">
          <button type="button" className="button-primary" onClick={() => start()}>
            {t('reflections.new')}
          </button>
          <button type="button" className="button-quiet" onClick={() => setPicking(true)}>
            {t('reflections.newFromPrompt')}
          </button>
          <TemplateMenu
            onPick={(template) => {
              const title = TEMPLATES.find((tm) => tm.id === template)?.title[lang];
              start({ template, ...(title ? { title } : {}) });
            }}
          />
        </div>
      </div>
      {all.length === 0 ? (
        <div className="panel empty-state reflections-empty">
          <h3>{t('reflections.empty.title')}</h3>
          <p>{t('reflections.empty.body')}</p>
        </div>
      ) : (
        <div className="panel reflections-panel">
          <ReflectionFilters
            query={query}
            onChange={setQuery}
            facets={facets}
            options={options}
            shown={shown.length}
            total={all.length}
          />
          {shown.length === 0 ? (
            <p className="reflections-none">{t('reflections.noMatch')}</p>
          ) : (
            <VirtualReflectionList items={shown} names={options.names} />
          )}
          <p id="reflection-keys-hint" className="sr-only">
            {t('reflections.keysHint')}
          </p>
        </div>
      )}
      {picking && (
        <PromptPicker
          onClose={() => setPicking(false)}
          onPick={(prompt) => {
            setPicking(false);
            start({ prompt });
          }}
        />
      )}
    </section>
  );
}
