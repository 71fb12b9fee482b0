// Runs once before the e2e specs: refuses to start without a build, and says which back end and browser
// the run uses, so a green run on the stand-in is never mistaken for a run on real Electron.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { findBrowserExecutable } from './browser';
import { chooseBackend, electronBinaryPath, mainBundlePath, REPO_ROOT } from './fixtures/launch-app';

export default function globalSetup(): void {
  const bundle = mainBundlePath();
  if (!existsSync(bundle)) {
    throw new Error(`e2e: ${relative(REPO_ROOT, bundle) || bundle} is missing — run \`npm run build\` first.`);
  }
  const { backend, reason } = chooseBackend();
  const line =
    backend === 'electron'
      ? `e2e back end: real Electron (${reason})`
      : `e2e back end: Electron stand-in (${electronBinaryPath() ? reason : 'no Electron binary installed'})`;
  process.stdout.write(`${line}\ne2e browser: ${findBrowserExecutable().description}\ne2e main bundle: ${bundle}\n`);
}
