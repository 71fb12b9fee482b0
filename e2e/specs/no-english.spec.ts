// User story: my computer speaks Swedish, and every place in Rapport does too — with my journal filled in,
// no English word shows anywhere (the list comes from the English catalogue: e2e/support/english-words.ts).
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { goals } from '../support/goals-ui';
import { events } from '../support/events-ui';
import { quickNote } from '../support/quick-note-ui';
import { englishOnlyWords, words } from '../support/english-words';

/** Everything a person can read in the window: visible text, placeholders, and the values of choices. */
async function readable(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[placeholder]'))
      parts.push(el.placeholder);
    for (const option of document.querySelectorAll<HTMLOptionElement>('select option:checked')) parts.push(option.text);
    return parts.join('\n');
  });
}

test('every place on a Swedish system shows no English word', async ({ launch, dataDir }) => {
  // It fills a journal, then visits every place and three pages one level down: about 30 s alone, more
  // beside the other specs on two cores.
  test.setTimeout(150_000);
  // A journal with something in every place, written in English-speaking Rapport.
  const setup = await launch();
  const page = await setup.firstWindow();
  await journal.addContact(page, { name: 'Åsa Öberg', company: 'Nordljus', role: 'Designer' });
  await goals.create(page, 'Hitta en mentor');
  await goals.addStep(page, 'Skriv till Åsa');
  await events.plan(page, { title: 'Designträff', date: '2026-12-03', purpose: 'Träffa folk' });
  await quickNote.captureFromTray(setup, 'Ring Åsa om träffen');
  await setup.close();

  const app = await launch({ dataDir, env: { RAPPORT_TEST_LOCALE: 'sv-SE' } });
  const window = await app.firstWindow();
  const nav = window.getByRole('navigation', { name: 'Journal' });
  await expect(nav.getByRole('link', { name: 'Idag', exact: true })).toBeVisible();
  const english = englishOnlyWords();
  expect(english.has('people')).toBe(true); // the list is built, and holds the obvious

  const links = nav.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(10);
  const leaks: string[] = [];
  for (let i = 0; i < count; i++) {
    // By position, not by name: a name carries a count ("Inkorg1"), which is not what this story is about.
    const place = await links.nth(i).innerText();
    await links.nth(i).click();
    await expect(window.getByRole('heading', { level: 2 }).first()).toBeVisible();
    const found = [...new Set(words(await readable(window)))].filter((w) => english.has(w));
    if (found.length > 0) leaks.push(`${place}: ${found.join(', ')}`);
  }
  // And the pages one level down: a person, a goal, an event.
  for (const [place, item] of [
    ['Personer', 'Åsa Öberg'],
    ['Mål', 'Hitta en mentor'],
  ] as const) {
    await nav.getByRole('link', { name: place, exact: true }).click();
    await window.getByRole('link', { name: item, exact: true }).first().click();
    await expect(window.getByRole('heading', { level: 2 }).first()).toBeVisible();
    const found = [...new Set(words(await readable(window)))].filter((w) => english.has(w));
    if (found.length > 0) leaks.push(`${item}: ${found.join(', ')}`);
  }
  expect(leaks).toEqual([]);
});
