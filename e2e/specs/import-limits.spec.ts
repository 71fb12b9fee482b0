// User story: I drop a huge file on the window by mistake. Rapport says calmly how large a file it takes,
// without reading it, and nothing is imported.
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';

test('a dropped file over 50 MB is explained, not read, and nothing is imported', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'People');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(51 * 1024 * 1024)], 'Connections.csv', { type: 'text/csv' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(
    page.getByText('Connections.csv is 51.0 MB; Rapport imports files up to 50 MB at a time.'),
  ).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Import preview' })).toBeHidden();
  await expect(journal.people(page)).toHaveCount(0);
});
