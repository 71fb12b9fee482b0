// A small test language for events: plan one on its page, then record what happened, so the events spec
// reads as the user's evening.
import { expect, type Locator, type Page } from '@playwright/test';
import { journal } from './journal-ui';

export interface PlannedEvent {
  title: string;
  /** YYYY-MM-DD */
  date?: string;
  time?: string;
  place?: string;
  purpose?: string;
  /** Existing contacts, chosen through the picker. */
  meetContacts?: string[];
  /** People who are not contacts yet. */
  meetNames?: string[];
  openers?: string[];
  /** The step's label, e.g. 'A fair amount'. */
  energy?: string;
  exitPlan?: string;
}

export interface MetLine {
  name: string;
  /** Untick someone who was on the list but not met. */
  met?: boolean;
  /** Not on the list yet: added as a new name. */
  isNew?: boolean;
  line?: string;
  nextStep?: string;
  due?: string;
}

export const events = {
  async open(page: Page): Promise<void> {
    await journal.goTo(page, 'Events');
    await expect(page.getByRole('heading', { name: 'Events', level: 2 })).toBeVisible();
  },

  upcoming(page: Page): Locator {
    return page.getByRole('list', { name: 'Upcoming' }).getByRole('listitem');
  },

  /** Creates the event from the list with "New event", then writes its preparation on its page. */
  async plan(page: Page, event: PlannedEvent): Promise<void> {
    await events.open(page);
    await page.getByRole('button', { name: 'New event' }).click();
    const form = page.getByRole('form', { name: 'New event' });
    await form.getByLabel('Title').fill(event.title);
    if (event.date) await form.getByLabel('Date').fill(event.date);
    await form.getByRole('button', { name: 'Create event' }).click();
    await expect(page).toHaveURL(/#\/event\/[^/]+$/);
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(event.title);

    if (event.time) await page.getByLabel('Time', { exact: true }).fill(event.time);
    if (event.place) await page.getByLabel('Place', { exact: true }).fill(event.place);
    if (event.purpose) await page.getByLabel('Why I am going').fill(event.purpose);
    for (const name of event.meetContacts ?? []) {
      await page.getByRole('combobox', { name: 'People I want to meet' }).fill(name);
      await page.getByRole('option', { name: new RegExp(name) }).click();
      await expect(events.chips(page, 'People I want to meet').getByRole('link', { name })).toBeVisible();
    }
    for (const name of event.meetNames ?? []) await events.addLine(page, 'Add a name', name);
    for (const opener of event.openers ?? []) await events.addLine(page, 'New opener', opener);
    if (event.energy) {
      await page.getByRole('group', { name: 'Energy it will take' }).getByRole('radio', { name: event.energy }).check();
    }
    if (event.exitPlan) await page.getByLabel('Exit plan').fill(event.exitPlan);
  },

  async addLine(page: Page, box: string, text: string): Promise<void> {
    const input = page.getByRole('textbox', { name: box, exact: true });
    await input.fill(text);
    await input.press('Enter');
    await expect(input).toHaveValue('');
  },

  chips(page: Page, label: string): Locator {
    return page.getByRole('list', { name: label });
  },

  /** The preparation state on the event page ("Prepared", or what is still to write). */
  preparation(page: Page): Locator {
    return page.getByTestId('event-prep');
  },

  dialog(page: Page): Locator {
    return page.getByRole('dialog', { name: 'Record what happened' });
  },

  /** "Record what happened": the energy it took, and per person whether I met them, a line and a next step. */
  async recordAftermath(page: Page, after: { energy: string; people: MetLine[] }): Promise<void> {
    await page.getByRole('button', { name: /^(Record what happened|Add to what happened)$/ }).click();
    const dialog = events.dialog(page);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('group', { name: 'Energy it took' }).getByRole('radio', { name: after.energy }).check();
    for (const person of after.people) {
      if (person.isNew) {
        await dialog.getByLabel('Someone else I met').fill(person.name);
        await dialog.getByRole('button', { name: 'Add', exact: true }).click();
      }
      const box = dialog.getByRole('checkbox', { name: person.name });
      if (person.met === false) {
        await box.uncheck();
        continue;
      }
      await expect(box).toBeChecked();
      if (person.line)
        await dialog.getByLabel(`What we talked about with ${person.name}`, { exact: true }).fill(person.line);
      if (person.nextStep)
        await dialog.getByLabel(`Next step with ${person.name}`, { exact: true }).fill(person.nextStep);
      if (person.due)
        await dialog.getByLabel(`Due date for the next step with ${person.name}`, { exact: true }).fill(person.due);
    }
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  },

  /** The people listed under "Who I met" on the event page, as links. */
  met(page: Page): Locator {
    return page.getByRole('list', { name: 'Who I met' }).getByRole('link');
  },
};
