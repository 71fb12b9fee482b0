// Finds the Chromium process behind a persistent context (Playwright does not expose it), so a crash test
// can kill the browser as hard as it kills main: a real Electron crash takes its renderers with it.
import { readdirSync, readFileSync } from 'node:fs';

export function findBrowserPid(profileDir: string): number | null {
  if (process.platform !== 'linux') return null;
  const marker = `--user-data-dir=${profileDir}`;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.includes(marker) && !args.some((a) => a.startsWith('--type='))) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return null;
}
