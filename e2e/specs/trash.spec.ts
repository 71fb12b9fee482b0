// User story: deleting never destroys by one click — what I delete waits in the Trash, I can bring it back,
// and only a confirmed "Delete forever" removes it for good.
import { test, expect } from '../fixtures/test';
import { goals, circles, trashCan } from '../support/goals-ui';

test('trash and restore', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await goals.create(page, 'Speak at a meetup');
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('heading', { name: '“Speak at a meetup” is in the trash' })).toBeVisible();

  await goals.open(page);
  await expect(page.getByRole('heading', { name: 'Start with one goal' })).toBeVisible();

  await trashCan.open(page);
  await expect(trashCan.entries(page)).toHaveCount(1);
  await expect(trashCan.entries(page).first()).toContainText('Goal');
  await expect(trashCan.entries(page).first()).toContainText('Speak at a meetup');
  await expect(trashCan.entries(page).first()).toContainText('deleted for good in 30 days');
  await page.getByRole('button', { name: 'Restore “Speak at a meetup”' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“Speak at a meetup” is back.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The trash is empty' })).toBeVisible();

  await goals.open(page);
  await expect(goals.active(page)).toHaveCount(1);
  await expect(goals.active(page).first()).toContainText('Speak at a meetup');
});

test('delete forever, and empty the trash, only after confirming', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await circles.create(page, 'Design managers');
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await goals.create(page, 'Find a mentor');
  await page.getByRole('button', { name: 'Move to trash' }).click();

  await trashCan.open(page);
  await expect(trashCan.entries(page)).toHaveCount(2);
  await trashCan.deleteForever(page, 'Design managers', 'Keep it');
  await expect(trashCan.entries(page)).toHaveCount(2);
  await trashCan.deleteForever(page, 'Design managers', 'Delete forever');
  await expect(trashCan.entries(page)).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: '“Design managers” was deleted for good.' })).toBeVisible();

  await page.getByRole('button', { name: 'Empty trash' }).click();
  const dialog = page.getByRole('dialog', { name: 'Empty the trash?' });
  await expect(dialog).toContainText('This cannot be undone.');
  await dialog.getByRole('button', { name: 'Empty trash' }).click();
  await expect(page.getByRole('heading', { name: 'The trash is empty' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'Circles' }).click();
  await expect(circles.list(page)).toHaveCount(0);
  await goals.open(page);
  await expect(goals.active(page)).toHaveCount(0);
});
