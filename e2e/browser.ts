// Which Chromium the e2e tests drive: Playwright's own build when it is installed, else a system
// Chromium (BRIEF §3: never rely on a browser download at test time). e2e/ensure-browser.mjs
// repeats this choice in plain Node; keep the two in step.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export interface BrowserChoice {
  /** undefined: Playwright's own Chromium, found by Playwright itself. */
  executablePath: string | undefined;
  kind: 'playwright' | 'system' | 'override';
  description: string;
}

function playwrightChromium(): string | null {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function findBrowserExecutable(): BrowserChoice {
  const override = process.env.RAPPORT_E2E_BROWSER;
  if (override) {
    if (!existsSync(override)) throw new Error(`RAPPORT_E2E_BROWSER points to a missing file: ${override}`);
    return { executablePath: override, kind: 'override', description: `${override} (RAPPORT_E2E_BROWSER)` };
  }
  const own = playwrightChromium();
  if (own) return { executablePath: undefined, kind: 'playwright', description: `Playwright's Chromium (${own})` };
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return { executablePath: system, kind: 'system', description: `system browser ${system}` };
  throw new Error(
    'No Chromium for the e2e tests. Run `node e2e/ensure-browser.mjs`, or `apt-get install -y chromium` ' +
      '(Debian/Ubuntu), or set RAPPORT_E2E_BROWSER to a Chromium executable.',
  );
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Quiet flags: without them Chromium keeps calling home on a closed network. */
export function browserLaunchArgs(choice: BrowserChoice): string[] {
  const args = ['--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (isRoot || choice.kind !== 'playwright') args.unshift('--no-sandbox');
  return args;
}
