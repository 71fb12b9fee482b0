// User story: I bring my LinkedIn connections in, see what would change first, and can take it back.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';

const fixture = (name: string): string => join(__dirname, '..', '..', 'main', 'cli', 'fixtures', name);

test('importing Connections.csv through the file dialog shows a preview, imports after a backup, and can be undone', async ({
  launch,
  dataDir,
}) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'People');
  await app.dialogs.nextOpenDialog({ canceled: false, filePaths: [fixture('connections-v1.csv')] });
  await page.getByRole('button', { name: 'Import…' }).click();

  const preview = page.getByRole('dialog', { name: 'Import preview' });
  await expect(preview.getByRole('heading', { name: 'Import connections-v1.csv' })).toBeVisible();
  await expect(preview.getByRole('definition').first()).toHaveText('3');
  await expect(preview).toContainText('Linnea Åkesson, Skogsdata AB (line 5)');
  await expect(journal.people(page)).toHaveCount(0); // nothing written before confirming

  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 new' })).toBeVisible();
  await expect(journal.people(page)).toHaveCount(3);
  const backupFiles = readdirSync(join(app.dataDir, 'backups'));
  expect(backupFiles.some((f) => f.endsWith('-before-import.rapport'))).toBe(true);

  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(journal.people(page)).toHaveCount(0);
  expect(dataDir).toBe(app.dataDir);
});

test('a file dropped on the window gets the same preview; a broken file is explained and imports nothing', async ({
  launch,
}) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'People');
  await expect(page.getByRole('heading', { name: 'People', exact: true })).toBeVisible();
  const drop = async (name: string, text: string): Promise<void> => {
    await page.evaluate(
      ([fileName, content]) => {
        const data = new DataTransfer();
        data.items.add(new File([content], fileName, { type: 'text/plain' }));
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      [name, text] as const,
    );
  };

  await drop('not-linkedin.csv', readFileSync(fixture('not-linkedin.csv'), 'utf8'));
  const broken = page.getByRole('dialog', { name: 'Import preview' });
  await expect(broken.getByRole('alert')).toHaveText('Nothing can be imported from this file.');
  await expect(broken).toContainText('No LinkedIn header row found');
  await expect(broken.getByRole('button', { name: 'Import' })).toBeDisabled();
  await broken.getByRole('button', { name: 'Cancel' }).click();
  await expect(broken).toBeHidden();

  await drop('people.vcf', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sofia Ek\r\nORG:Ljusgården AB\r\nEND:VCARD\r\n');
  const preview = page.getByRole('dialog', { name: 'Import preview' });
  await expect(preview).toContainText('Sofia Ek, Ljusgården AB');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(journal.people(page)).toHaveCount(1);
  await expect(journal.people(page).first()).toContainText('Sofia Ek');
});
