// User story: Rapport reminds me once a day, calmly, of what is due — even when I have not opened the window —
// and never twice for the same things, not even after a restart. Clicking the reminder opens Today.
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { remindersUi } from '../support/reminders-ui';

test('one reminder for a due next step, none after a restart, and a click opens Today', async ({ launch }) => {
  // Early on the 10th of March: the step is written down; nothing is said before 09:00.
  const first = await launch(remindersUi.at('2026-03-10T08:00'));
  const page = await first.firstWindow();
  await remindersUi.addNextStep(page, 'Ana Berg', 'Send Ana the article', '2026-03-09');
  expect(await first.notifications()).toEqual([]);
  await first.close();

  // Started after 09:00 the same day: exactly one notification, naming the step.
  const second = await launch(remindersUi.at('2026-03-10T09:30'));
  expect(await remindersUi.shownAfterStart(second)).toEqual([
    { title: 'Worth a moment today', body: 'Next step with Ana Berg: Send Ana the article' },
  ]);
  const window = await second.firstWindow();
  await journal.goTo(window, 'People');
  await second.clickNotification(0);
  await remindersUi.expectOnToday(window);
  await second.close();

  // Started again that day: the same step is not announced twice.
  const third = await launch(remindersUi.at('2026-03-10T15:00'));
  expect(await remindersUi.shownAfterStart(third)).toEqual([]);
  await third.close();

  // The next morning, still due: it comes once, at 09:00, while Rapport is running (main's clock starts at
  // 08:59:45 when it has opened the journal, so the window is up well before 09:00 even on a busy machine).
  const fourth = await launch(remindersUi.at('2026-03-11T08:59:45'));
  expect(await remindersUi.shownAfterStart(fourth)).toEqual([]);
  await expect.poll(() => fourth.notifications(), { timeout: 30_000 }).toHaveLength(1);
});

test('the reminder opens the closed journal window on Today', async ({ launch }) => {
  const first = await launch(remindersUi.at('2026-03-10T08:00'));
  await remindersUi.addNextStep(await first.firstWindow(), 'Bo Ek', 'Ask Bo about the meetup', '2026-03-10');
  await first.close();

  const app = await launch(remindersUi.at('2026-03-10T10:00'));
  const window = await app.firstWindow();
  await journal.goTo(window, 'People');
  await window.close();
  await expect.poll(() => journal.windows(app).length).toBe(0);
  await expect.poll(() => app.notifications()).toHaveLength(1);
  await app.clickNotification(0);
  const reopened = await app.waitForWindow('index.html');
  await remindersUi.expectOnToday(reopened);
});

test('Settings turn reminders off, and choose their time', async ({ launch }) => {
  const first = await launch(remindersUi.at('2026-03-10T08:00'));
  const page = await first.firstWindow();
  await remindersUi.addNextStep(page, 'Cem Ay', 'Thank Cem for the intro', '2026-03-10');
  await journal.goTo(page, 'Settings');
  const panel = page.getByRole('region', { name: 'Reminders' });
  await expect(panel.getByLabel('Time of day')).toHaveValue('09:00');
  await panel.getByLabel('Time of day').fill('11:15');
  await panel.getByRole('checkbox', { name: 'Remind me once a day' }).uncheck();
  await expect(panel.getByLabel('Time of day')).toBeDisabled();
  await first.close();

  const off = await launch(remindersUi.at('2026-03-10T12:00'));
  expect(await remindersUi.shownAfterStart(off)).toEqual([]);
  const settings = await off.firstWindow();
  await journal.goTo(settings, 'Settings');
  const again = settings.getByRole('region', { name: 'Reminders' });
  await expect(again.getByLabel('Time of day')).toHaveValue('11:15');
  await again.getByRole('checkbox', { name: 'Remind me once a day' }).check();
  await off.close();

  // On again, and 11:15 has passed: the step is announced at start.
  const on = await launch(remindersUi.at('2026-03-10T12:00'));
  await expect
    .poll(() => on.notifications())
    .toEqual([{ title: 'Worth a moment today', body: 'Next step with Cem Ay: Thank Cem for the intro' }]);
});
