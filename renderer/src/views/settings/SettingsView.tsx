// Settings (#/settings): the synced settings the journal has — the weekly outreach challenge, the weekly
// energy budget and the review day — and what belongs to this computer: language, theme and the tray.
import { useTranslation } from 'react-i18next';
import { WeeklyTargetField } from './WeeklyTargetField';
import { EnergyBudgetField } from './EnergyBudgetField';
import { ReviewDayField } from './ReviewDayField';
import { FirstStepsField } from './FirstStepsField';
import { DevicePanel } from './DevicePanel';
import { AppearancePanel } from './AppearancePanel';
import { RemindersPanel } from './RemindersPanel';
import { LoginPanel } from './LoginPanel';
import { DevicesPanel } from './DevicesPanel';
import { SpellcheckPanel } from './SpellcheckPanel';
import { ShortcutPanel } from './ShortcutPanel';
import { useJournal } from '../../data/journal-context';
import { usePracticeSettings } from './use-practice-settings';
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
  const practice = usePracticeSettings();
  const { api } = useJournal();
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
        <section className="panel settings-panel" aria-labelledby="settings-energy">
          <h3 id="settings-energy">{t('settings.energy.heading')}</h3>
          <p className="settings-intro">{t('settings.energy.intro')}</p>
          <EnergyBudgetField budget={practice.energyBudget} />
        </section>
        <section className="panel settings-panel" aria-labelledby="settings-review">
          <h3 id="settings-review">{t('settings.review.heading')}</h3>
          <p className="settings-intro">{t('settings.review.intro')}</p>
          <ReviewDayField day={practice.reviewDay} />
          <FirstStepsField hidden={practice.firstStepsHidden} />
        </section>
        <AppearancePanel api={api} />
        {api && <DevicePanel api={api} />}
        {api && <RemindersPanel api={api} />}
        {api && <LoginPanel api={api} />}
        {api && <DevicesPanel api={api} />}
        {api && <SpellcheckPanel api={api} />}
        {api && <ShortcutPanel api={api} />}
      </div>
    </section>
  );
}
