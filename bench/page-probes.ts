// What the benchmark does inside the page, each as one self-contained function run by page.evaluate: seed the
// journal into IndexedDB, open or switch screens, scroll and record frame intervals, filter, move, type.
import type { Page } from '@playwright/test';

/** Writes the journal where the browser build keeps it, before the app has ever opened (bench only). */
export async function seed(page: Page, url: string, dbName: string): Promise<void> {
  await page.goto(`${url}bench-seed.html`);
  await page.evaluate(async (name) => {
    const bytes = new Uint8Array(await (await fetch('bench-seed.bin')).arrayBuffer());
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('updates', { autoIncrement: true });
        open.result.createObjectStore('custom');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('updates', 'readwrite');
      tx.objectStore('updates').add(bytes);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('seeding failed'));
    });
    db.close();
  }, dbName);
}

/** Navigates to a screen and returns ms from navigation start until `selector` is on the page and painted. */
export async function openAt(page: Page, url: string, hash: string, selector: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(`${url}index.html${hash}`);
  await page.waitForSelector(selector, { timeout: 120_000 });
  return page.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))),
  );
}

/** Clicks a sidebar place and returns ms until `selector` appears and the next frame is painted. */
export async function switchTo(page: Page, place: string, selector: string): Promise<number> {
  return page.evaluate(
    ({ place, selector }) =>
      new Promise<number>((resolve) => {
        const link = [...document.querySelectorAll<HTMLAnchorElement>('nav a')].find(
          (a) => a.textContent?.trim() === place,
        );
        if (!link) throw new Error(`No sidebar link ${place}`);
        const started = performance.now();
        link.click();
        const check = (): void => {
          if (document.querySelector(selector))
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { place, selector },
  );
}

/** Scrolls `target` (the window, or an element by selector) by `step` px a frame; returns frame intervals. */
export async function scrollFrames(page: Page, target: string | null, step: number, frames: number): Promise<number[]> {
  return page.evaluate(
    async ({ target, step, frames }) => {
      const el = target === null ? null : document.querySelector(target);
      const scroll = (top: number, by: boolean): void => {
        if (el) {
          if (by) el.scrollTop += top;
          else el.scrollTop = top;
        } else if (by) window.scrollBy(0, top);
        else window.scrollTo(0, top);
      };
      const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
      scroll(0, false);
      await frame();
      await frame();
      const deltas: number[] = [];
      let last = await frame();
      for (let i = 0; i < frames; i++) {
        scroll(step, true);
        const now = await frame();
        deltas.push(now - last);
        last = now;
      }
      return deltas;
    },
    { target, step, frames },
  );
}

/** Jumps to random places in a long list (a dragged scrollbar); returns each jump's frame interval. */
export async function jumpFrames(page: Page, jumps: number): Promise<number[]> {
  return page.evaluate(async (jumps) => {
    const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
    const max = document.documentElement.scrollHeight - innerHeight;
    let seed = 7;
    const rnd = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const deltas: number[] = [];
    let last = await frame();
    for (let i = 0; i < jumps; i++) {
      window.scrollTo(0, Math.floor(rnd() * max));
      const now = await frame();
      deltas.push(now - last);
      last = now;
    }
    return deltas;
  }, jumps);
}

/** Picks a stage in the People filter; ms until the shown count changes and the next frame is painted. */
export async function filterBy(page: Page, stage: string): Promise<number> {
  return page.evaluate(
    (stage) =>
      new Promise<number>((resolve) => {
        const select = [...document.querySelectorAll('select')].find((s) => s.labels?.[0]?.textContent === 'Stage');
        const count = document.querySelector('.people-count p');
        if (!select || !count) throw new Error('No stage filter');
        const before = count.textContent;
        const started = performance.now();
        select.value = stage;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const check = (): void => {
          if (count.textContent !== before)
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
          else requestAnimationFrame(check);
        };
        check();
      }),
    stage,
  );
}

/** Moves the first "Identified" card one stage right with Alt+→; ms until it shows in "Reached out", painted. */
export async function moveCard(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const card = document.querySelector<HTMLElement>('section[data-stage="identified"] li[data-id]');
        const link = card?.querySelector<HTMLElement>('a');
        const id = card?.dataset.id;
        if (!link || !id) throw new Error('No card to move');
        link.focus();
        const started = performance.now();
        link.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, bubbles: true, cancelable: true }),
        );
        const moved = `section[data-stage="reached-out"] li[data-id="${CSS.escape(id)}"]`;
        const check = (): void => {
          if (document.querySelector(moved))
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

/** Opens "New contact" and types one letter into Name (the duplicate check runs on every keystroke). */
export async function newContactTiming(page: Page): Promise<{ open: number; keystroke: number }> {
  return page.evaluate(async () => {
    const frame = (): Promise<number> =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'New contact');
    if (!button) throw new Error('No New contact button');
    const started = performance.now();
    button.click();
    while (!document.querySelector('form[aria-label="New contact"]')) await frame();
    const open = (await frame()) - started;
    const input = [...document.querySelectorAll('input')].find((i) => i.labels?.[0]?.textContent === 'Name');
    if (!input) throw new Error('No Name field');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    const typed = performance.now();
    setValue?.call(input, 'Åsa Lindqvist');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const keystroke = (await frame()) - typed;
    return { open, keystroke };
  });
}
