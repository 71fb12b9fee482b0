// The inbox in the specs' helper language: open it from the sidebar, find a note by its text, edit it, and
// turn it into what it should become.
import { expect, type Locator, type Page } from '@playwright/test';

export type NoteBecomes = 'an interaction' | 'a reflection' | 'a new contact' | 'a next step with someone' | 'an event';

export const inbox = {
  /** From anywhere: the sidebar's Inbox (its name may carry a count, "Inbox 1"). */
  async open(page: Page): Promise<void> {
    const link = page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'Inbox' });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
  },

  list(page: Page): Locator {
    return page.getByRole('list', { name: 'Inbox' });
  },

  /** The notes themselves (each has its text field), not the people a note is about, listed inside it. */
  notes(page: Page): Locator {
    return inbox
      .list(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('textbox') });
  },

  /** The note whose text contains `text`. */
  note(page: Page, text: string): Locator {
    return inbox.notes(page).filter({ hasText: text });
  },

  /** The note's own text field (edited in place). */
  field(page: Page, text: string): Locator {
    return inbox.note(page, text).getByRole('textbox');
  },

  /** Rewrites a note and leaves the field, as a person does. */
  async edit(page: Page, text: string, next: string): Promise<void> {
    const field = inbox.field(page, text);
    await field.fill(next);
    await field.press('Tab');
  },

  /** Clicks the note's button for what it becomes; the button's name names the note. */
  async turn(page: Page, text: string, becomes: NoteBecomes): Promise<void> {
    const note = inbox.note(page, text);
    const pattern = becomes === 'an interaction' ? / as an interaction$/ : new RegExp(` into ${becomes}$`);
    await note.getByRole('button', { name: pattern }).click();
  },

  /** "New contact from a note": checks the guessed name (or writes one) and adds the person. */
  async toNewContact(page: Page, text: string, name: { guessed: string } | { write: string }): Promise<void> {
    await inbox.turn(page, text, 'a new contact');
    const dialog = page.getByRole('dialog', { name: 'New contact from a note' });
    if ('guessed' in name) await expect(dialog.getByLabel('Name')).toHaveValue(name.guessed);
    else await dialog.getByLabel('Name').fill(name.write);
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await expect(dialog).toBeHidden();
  },

  /** "Next step from a note": whom it is with and, if given, by when. */
  async toNextStep(page: Page, text: string, step: { person: string; due?: string }): Promise<void> {
    await inbox.turn(page, text, 'a next step with someone');
    const dialog = page.getByRole('dialog', { name: 'Next step from a note' });
    await dialog.getByRole('combobox', { name: 'With whom' }).fill(step.person);
    await dialog.getByRole('option', { name: new RegExp(step.person) }).click();
    if (step.due) await dialog.getByLabel('By when').fill(step.due);
    await dialog.getByRole('button', { name: 'Set next step' }).click();
    await expect(dialog).toBeHidden();
  },

  /** "Event from a note": the title as the note's first line suggests, a date if given. */
  async toEvent(page: Page, text: string, event: { title: string; date?: string }): Promise<void> {
    await inbox.turn(page, text, 'an event');
    const dialog = page.getByRole('dialog', { name: 'Event from a note' });
    await expect(dialog.getByLabel('Title')).toHaveValue(event.title);
    if (event.date) await dialog.getByLabel('Date').fill(event.date);
    await dialog.getByRole('button', { name: 'Create event' }).click();
    await expect(dialog).toBeHidden();
  },
};
