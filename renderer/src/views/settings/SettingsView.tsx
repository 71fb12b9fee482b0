// Settings (#/settings): the synced settings the journal has — the weekly outreach challenge — and a plain
// word on what follows the computer (language and theme), so nobody hunts for a switch that is not needed.
import { useTranslation } from 'react-i18next';
import { WeeklyTargetField } from './WeeklyTargetField';
import { useWeeklyChallenge } from './use-weekly-challenge';
import './settings.css';

function dayText(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(
    new Date(y ?? 0, (m ?? 1) - 1, d ?? 1),
  );
}

export function SettingsView() {
  const { t, i18n } = useTranslation();
  const challenge = useWeeklyChallenge();
  return (
    <section className="view settings-view" aria-labelledby="settings-heading">
      <div className="view-head">
        <div>
          <h2 id="settings-heading">{t('settings.title')}</h2>
          <p className="muted settings-lead">{t('settings.lead')}</p>
        </div>
      </div>
      <div className="settings-panels">
        <section className="panel settings-panel" aria-labelledby="settings-weekly">
          <h3 id="settings-weekly">{t('settings.weekly.heading')}</h3>
          <p className="settings-intro">{t('settings.weekly.intro')}</p>
          <WeeklyTargetField target={challenge.target} />
          <p className="settings-so-far">
            {t('settings.weekly.soFar', {
              count: challenge.reachedOut,
              start: dayText(challenge.weekStart, i18n.language),
              end: dayText(challenge.weekEnd, i18n.language),
            })}
          </p>
          <p className="hint">{t('settings.weekly.counts')}</p>
        </section>
        <section className="panel settings-panel" aria-labelledby="settings-appearance">
          <h3 id="settings-appearance">{t('settings.appearance.heading')}</h3>
          <p className="settings-intro">{t('settings.appearance.body')}</p>
        </section>
      </div>
    </section>
  );
}
