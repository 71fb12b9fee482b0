// A small test language for the search and command palette, so search specs read as user stories.
import { expect, type Page } from '@playwright/test';

export const search = {
  /** Ctrl/Cmd+K from wherever focus is; the palette opens with the text box focused. */
  async openWithKeys(page: Page, name = 'Search'): Promise<void> {
    // The window's keys work once the journal is shown (its sidebar is there).
    await expect(page.getByRole('navigation', { name: 'Journal' })).toBeVisible();
    // Right after launch the hidden quick-note window is still being made and may hold the keyboard for a
    // moment (the stand-in gives focus back when it hides): press again until the palette is there.
    await expect(async () => {
      if (!(await search.palette(page, name).isVisible())) await page.keyboard.press('ControlOrMeta+k');
      await expect(search.box(page, name)).toBeFocused({ timeout: 1000 });
    }).toPass({ timeout: 10_000 });
  },

  palette(page: Page, name = 'Search') {
    return page.getByRole('dialog', { name });
  },

  box(page: Page, name = 'Search') {
    return search.palette(page, name).getByRole('combobox');
  },

  options(page: Page, name = 'Search') {
    return search.palette(page, name).getByRole('option');
  },

  /** The results under one kind's heading ("People", "Reflections", "Commands" …). */
  group(page: Page, heading: string, name = 'Search') {
    return search.palette(page, name).getByRole('group', { name: heading }).getByRole('option');
  },

  /** The option the text box points at with aria-activedescendant (what Enter opens). */
  async expectActive(page: Page, text: string | RegExp, name = 'Search'): Promise<void> {
    const box = search.box(page, name);
    const id = await box.getAttribute('aria-activedescendant');
    expect(id).toBeTruthy();
    await expect(search.palette(page, name).locator(`[id="${id}"]`)).toContainText(text);
    await expect(search.palette(page, name).locator(`[id="${id}"]`)).toHaveAttribute('aria-selected', 'true');
  },

  /** Types a query and waits until the palette shows an answer to it. */
  async type(page: Page, text: string, name = 'Search'): Promise<void> {
    await search.box(page, name).fill(text);
  },

  /** Runs a command by typing part of its name and pressing Enter. */
  async run(page: Page, typed: string, command: string, name = 'Search'): Promise<void> {
    await search.openWithKeys(page, name);
    await search.type(page, typed, name);
    await search.expectActive(page, command, name);
    await page.keyboard.press('Enter');
    await expect(search.palette(page, name)).toBeHidden();
  },
};
