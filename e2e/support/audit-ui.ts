// The accessibility audit in the specs' helper language: axe-core over what the window shows, in light and
// in dark, keeping only what blocks or badly hinders someone (serious and critical violations).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** The rules whose outcome depends on the colours: all a second theme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function findings(page: Page, only?: string[]): Promise<Finding[]> {
  // Legacy mode runs axe inside the page itself: the default mode opens a blank page in the same browser
  // context to combine frame results, which an Electron window cannot do (and the journal has no frames).
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  const results = await (only ? builder.withRules(only) : builder).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
}

export const audit = {
  /**
   * Audits the window as it is now: every rule in light, then the colour rules again in dark (the themes share
   * their structure, so the rest would only repeat itself). Findings are reported under `place`. Reduced
   * motion is asked for meanwhile, so a colour transition set off by the switch has ended when axe measures.
   */
  async place(page: Page, place: string): Promise<void> {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    expect.soft(await findings(page), `${place}, light`).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    // Measured only once nothing is still moving from one theme's colours to the other's.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    expect.soft(await findings(page, COLOUR_RULES), `${place}, dark`).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: null });
  },
};
