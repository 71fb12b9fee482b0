// The weekly reflection's first paragraphs: the review's figures and names in a few plain sentences, in the
// UI language, so the reflection remembers the week as it was when it was written.
import type { TFunction } from 'i18next';
import { isoWeek } from '@shared/schema';
import type { WeekReview } from '@shared/practice/review-summary';
import { dayMonthLong, shortDay } from './review-format';

function names(list: readonly { name: string }[]): string {
  return list.map((c) => c.name).join(', ');
}

export function summaryLines(review: WeekReview, t: TFunction, locale: string): string[] {
  const { energy } = review;
  const lines = [
    t('review.lines.week', {
      week: isoWeek(review.today).week,
      start: dayMonthLong(review.week.start, locale),
      end: dayMonthLong(review.week.end, locale),
    }),
    `${[
      t('review.lines.interactions', { count: review.interactions }),
      t('review.lines.reachedOut', { count: review.reachedOut.length }),
      t('review.lines.moved', { count: review.moved.length }),
      t('review.lines.events', { count: review.eventsHeld.length }),
    ].join(', ')}.`,
    energy.budget > 0
      ? t('review.lines.energy', { spent: energy.spent, budget: energy.budget })
      : t('review.lines.energyNoBudget', { spent: energy.spent }),
  ];
  if (review.eventsHeld.length > 0)
    lines.push(
      t('review.lines.eventNames', {
        names: review.eventsHeld.map((e) => e.title || t('review.ahead.untitled')).join(', '),
      }),
    );
  if (review.reachedOut.length > 0) lines.push(t('review.lines.reachedOutNames', { names: names(review.reachedOut) }));
  if (review.moved.length > 0)
    lines.push(
      t('review.lines.movedNames', {
        names: review.moved
          .map((c) => t('review.lines.movedTo', { name: c.name, stage: t(`goals.stages.${c.stage}`) }))
          .join(', '),
      }),
    );
  if (review.quiet.length > 0)
    lines.push(t('review.lines.quiet', { names: names(review.quiet.map((q) => q.contact)) }));
  for (const { goal, progress, needsPerson } of review.goals) {
    const parts = [
      progress.stepsTotal > 0
        ? t('review.goals.steps', { done: progress.stepsDone, total: progress.stepsTotal })
        : t('review.lines.noSteps'),
    ];
    if (needsPerson) parts.push(t('review.lines.goalNeedsPerson'));
    lines.push(t('review.lines.goal', { goal: goal.title || t('goals.untitled'), progress: parts.join('; ') }));
  }
  const next = review.nextWeek;
  const planned = next.energy.planned;
  lines.push(
    next.events.length > 0
      ? t('review.lines.nextWeek', {
          events: next.events
            .map((e) => `${e.title || t('review.ahead.untitled')} (${shortDay(e.date, locale)})`)
            .join(', '),
          planned,
        })
      : t('review.lines.nextWeekEmpty'),
  );
  return lines;
}
