// User story: I move people along my pipeline as things happen — with the keyboard or by dragging — and the
// board remembers, and Ctrl/Cmd+Z takes a move back.
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { interactions } from '../support/interaction-ui';
import { pipeline } from '../support/pipeline-ui';

test('I move a person through the pipeline with the keyboard, and it survives a restart', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.addContact(page, { name: 'Åsa Lindqvist', company: 'Nordlys AB' });
  await journal.addContact(page, { name: 'Omar Haddad', company: 'Fjord Labs' });
  await journal.goTo(page, 'Pipeline');
  await expect(page.getByText('press Alt+→ or Alt+← to move it one stage')).toBeVisible();
  await pipeline.expectIn(page, 'Identified', ['Åsa Lindqvist', 'Omar Haddad']);
  await expect(pipeline.card(page, 'Identified', 'Åsa Lindqvist')).toContainText('Nordlys AB');

  await pipeline.cardLink(page, 'Identified', 'Åsa Lindqvist').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await pipeline.expectIn(page, 'Reached out', ['Åsa Lindqvist']);
  await expect(pipeline.cardLink(page, 'Reached out', 'Åsa Lindqvist')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Åsa Lindqvist moved to Reached out.' })).toBeVisible();

  await page.keyboard.press('Alt+ArrowRight');
  await pipeline.expectIn(page, 'In touch', ['Åsa Lindqvist']);
  await pipeline.expectIn(page, 'Reached out', []);
  await pipeline.expectIn(page, 'Identified', ['Omar Haddad']);
  await expect(pipeline.cardLink(page, 'In touch', 'Åsa Lindqvist')).toBeFocused();
  // Alt+Arrow on a card moves the card; it does not go back in history.
  await expect(page).toHaveURL(/#\/pipeline$/);

  // Each move is one undo step.
  await interactions.undo(page);
  await pipeline.expectIn(page, 'Reached out', ['Åsa Lindqvist']);
  await interactions.redo(page);
  await pipeline.expectIn(page, 'In touch', ['Åsa Lindqvist']);
  await journal.expectSaved(page);
  await app.close();

  const again = await launch();
  const page2 = await again.firstWindow();
  await journal.goTo(page2, 'Pipeline');
  await pipeline.expectIn(page2, 'In touch', ['Åsa Lindqvist']);
  await pipeline.expectIn(page2, 'Identified', ['Omar Haddad']);
  await journal.goTo(page2, 'People');
  await expect(journal.person(page2, 'Åsa Lindqvist')).toContainText('In touch');
});

test('arrow keys walk the board; the edges stay put', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.addContact(page, { name: 'Ada Berg' });
  await journal.addContact(page, { name: 'Bo Carlsson' });
  await journal.goTo(page, 'Pipeline');
  await pipeline.cardLink(page, 'Identified', 'Ada Berg').focus();
  await page.keyboard.press('ArrowDown');
  await expect(pipeline.cardLink(page, 'Identified', 'Bo Carlsson')).toBeFocused();
  await page.keyboard.press('Alt+ArrowLeft'); // already the first stage: nothing moves, nothing navigates
  await pipeline.expectIn(page, 'Identified', ['Ada Berg', 'Bo Carlsson']);
  await expect(page).toHaveURL(/#\/pipeline$/);

  // Bo goes all the way to the quiet end of the board.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Alt+ArrowRight');
  await pipeline.expectIn(page, 'Dormant by choice', ['Bo Carlsson']);
  await page.keyboard.press('ArrowLeft'); // focus jumps across the empty columns to Ada
  await expect(pipeline.cardLink(page, 'Identified', 'Ada Berg')).toBeFocused();
});

test('I drag a card to another stage', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.addContact(page, { name: 'Omar Haddad', company: 'Fjord Labs' });
  await journal.addContact(page, { name: 'Åsa Lindqvist', company: 'Nordlys AB' });
  await journal.goTo(page, 'Pipeline');

  await pipeline.card(page, 'Identified', 'Omar Haddad').dragTo(pipeline.region(page, 'Relationship'));
  await pipeline.expectIn(page, 'Relationship', ['Omar Haddad']);
  await pipeline.expectIn(page, 'Identified', ['Åsa Lindqvist']);
  await expect(page.getByRole('status').filter({ hasText: 'Omar Haddad moved to Relationship.' })).toBeVisible();

  await interactions.undo(page);
  await pipeline.expectIn(page, 'Identified', ['Åsa Lindqvist', 'Omar Haddad']);
});
