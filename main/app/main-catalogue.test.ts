// main's catalogue is complete in both languages, and main builds no label, title or message from a bare
// English string: every word main shows goes through mt().
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainCatalogue } from '@shared/i18n/strings/main';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);

describe("main's catalogue", () => {
  const en = leaves(mainCatalogue.en as unknown as Tree);
  const sv = leaves(mainCatalogue.sv as unknown as Tree);

  it('has every key in both languages, never empty', () => {
    expect([...sv.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of [...en, ...sv]) expect(text.trim(), key).not.toBe('');
  });

  it('uses in Swedish only placeholders the English fills', () => {
    for (const [key, text] of sv) {
      const known = new Set(placeholders(en.get(key) ?? ''));
      for (const name of placeholders(text)) expect(known.has(name), `${key}: {{${name}}}`).toBe(true);
    }
  });
});

/**
 * Source files main runs as the app: not the CLI (English by design), tests or fixtures, and not the file
 * store, whose English reports are the CLI's and the log's; the window says them through journal/store-notices.ts.
 */
const NOT_SHOWN_BY_THE_APP = ['cli', 'test-fixtures', 'store'];

function appSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return NOT_SHOWN_BY_THE_APP.includes(entry.name) ? [] : appSources(path);
    return /\.ts$/.test(entry.name) && !/\.(test|bench)\.ts$/.test(entry.name) ? [path] : [];
  });
}

// A shown text given as a literal: `label: 'Quit'`, `title: "…"`, showErrorBox('…', …), new Notification({ body: `…` }).
const SHOWN_FIELD =
  /\b(label|title|message|detail|body|buttonLabel|checkboxLabel|toolTip|subtitle)\s*:\s*['"`][^'"`]*[A-Za-z]{2}/;
const SHOWN_CALL = /\b(showErrorBox|setToolTip|setTitle|displayBalloon)\(\s*['"`][^'"`]*[A-Za-z]{2}/;
const BUTTONS = /\bbuttons\s*:\s*\[\s*['"`]/;

export function bareEnglish(source: string): string[] {
  return (
    source
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
      // zod's issue messages describe malformed input for the log, never shown as they are.
      .filter((line) => !/\.addIssue\(/.test(line))
      // The sync log's entries go to main's log (sync-log.ts), never to a window or the tray.
      .filter((line) => !/\blog\(\{ level:/.test(line))
      .filter((line) => SHOWN_FIELD.test(line) || SHOWN_CALL.test(line) || BUTTONS.test(line))
  );
}

describe("main's shown words", () => {
  it('the scan finds a label, a title, an error box and buttons written as English literals', () => {
    const sample = [
      "  { label: 'Quit', click: quit },",
      '  dialog.showErrorBox("Rapport cannot open the journal", why);',
      '  const options = { title: `Import into Rapport`, filters };',
      "  buttons: ['OK', 'Cancel'],",
      '  new Notification({ title: mt("x"), body: \'Time to get in touch\' });',
      "  { label: mt('tray.quit') },",
      "  // title: 'a comment'",
    ].join('\n');
    expect(bareEnglish(sample)).toHaveLength(5);
  });

  it('are never bare English literals in main (outside the CLI and tests)', () => {
    const root = join(__dirname, '..');
    const found = appSources(root).flatMap((file) =>
      bareEnglish(readFileSync(file, 'utf8')).map((line) => `${relative(root, file)}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
