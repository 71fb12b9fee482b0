// First step of `npm test` on a fresh machine: make sure a Chromium exists for the e2e tests. Plain Node
// (no TypeScript) because it runs before anything is built; the choice mirrors e2e/browser.ts.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const require = createRequire(import.meta.url);

function playwrightChromium() {
  try {
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function findBrowser() {
  const override = process.env.RAPPORT_E2E_BROWSER;
  if (override) return existsSync(override) ? `${override} (RAPPORT_E2E_BROWSER)` : null;
  const own = playwrightChromium();
  if (own) return `Playwright's Chromium (${own})`;
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  return system ? `system browser ${system}` : null;
}

function run(command, args, timeoutMs) {
  console.log(`ensure-browser: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs });
  return result.status === 0;
}

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function done(found) {
  console.log(`ensure-browser: e2e tests will use ${found}`);
  process.exit(0);
}

let found = findBrowser();
if (found) done(found);

console.log("ensure-browser: no Chromium found; trying Playwright's download (2 minutes at most)");
if (run('npx', ['playwright', 'install', 'chromium'], 120_000) && (found = findBrowser())) done(found);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/etc/debian_version') && commandExists('apt-get')) {
  console.log('ensure-browser: installing the Debian package "chromium"');
  if (
    run('apt-get', ['update'], 300_000) &&
    run('apt-get', ['install', '-y', 'chromium'], 600_000) &&
    (found = findBrowser())
  ) {
    done(found);
  }
}

console.error(
  [
    'ensure-browser: no Chromium for the e2e tests. Install one, then run `npm test` again:',
    '  npx playwright install chromium      (needs internet access)',
    '  sudo apt-get install -y chromium     (Debian/Ubuntu)',
    'or set RAPPORT_E2E_BROWSER=/path/to/chromium.',
  ].join('\n'),
);
process.exit(1);
