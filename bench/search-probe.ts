// Keystroke → search results painted, in the browser build: the palette is opened with Ctrl+K and queries
// are typed a letter at a time; each is timed from the input event until the list shows that query's answer
// (the listbox's data-answered) and the frame that holds it has been painted, with where the time went.
import type { Page } from '@playwright/test';

const TYPED = ['sjostrom', 'lind', 'malmo', 'kaffe', 'berg', 'design'];

/** One keystroke, in ms from the input event. */
export interface Keystroke {
  /** The query was posted to the worker (React rendered the text box and ran the effect). */
  posted: number;
  /** The worker's answer arrived on the window's thread. */
  replied: number;
  /** The worker's own time for the query (MiniSearch, ranking, snippets). */
  worker: number;
  /** React had committed the answer (data-answered changed). */
  committed: number;
  /** The next frame began (requestAnimationFrame). */
  frame: number;
  /** That frame's style, layout and paint were done (a task after the frame): the figure itself. */
  painted: number;
  /**
   * `painted` less the time between the answer's commit and the start of the next frame (the display's
   * refresh, not the app's work): the key → answer committed, plus the frame that paints it.
   */
  busy: number;
}

/**
 * Counts each query the window posts to the search worker and each answer, and notes when the worker's index
 * is ready (ms since the page's navigation), for the probes (bench only).
 */
export const WORKER_SPY = `(() => {
  const Native = globalThis.Worker;
  if (!Native) return;
  globalThis.__searchSpy = { posted: new Map(), replied: new Map() };
  globalThis.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        if (e.data && e.data.type === 'ready') globalThis.__searchSpy.readyAt = performance.now();
        if (e.data && e.data.type === 'results') globalThis.__searchSpy.replied.set(e.data.seq, { at: performance.now(), took: e.data.took ?? NaN });
      });
    }
    postMessage(message, ...rest) {
      if (message && message.type === 'query') globalThis.__searchSpy.posted.set(message.text, { at: performance.now(), seq: message.seq });
      return super.postMessage(message, ...rest);
    }
  };
})();`;

/** When the search worker said its index was ready, in ms since the page's navigation (waits for it). */
export async function searchIndexReady(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (globalThis as unknown as { __searchSpy?: { readyAt?: number } }).__searchSpy?.readyAt ?? false,
    undefined,
    { timeout: 300_000, polling: 100 },
  );
  return (await handle.jsonValue()) as number;
}

/** Types the six words once (after a warm-up query that waits for the worker's index) and times each key. */
export async function searchKeystrokes(page: Page): Promise<Keystroke[]> {
  return page.evaluate(async (words) => {
    type Spy = {
      posted: Map<string, { at: number; seq: number }>;
      replied: Map<number, { at: number; took: number }>;
    };
    const spy = (globalThis as unknown as { __searchSpy?: Spy }).__searchSpy;
    const frame = (): Promise<{ frame: number; painted: number }> =>
      new Promise((resolve) =>
        requestAnimationFrame((frame) => setTimeout(() => resolve({ frame, painted: performance.now() }))),
      );
    if (!document.querySelector('dialog[open] [role="combobox"]'))
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, metaKey: true, bubbles: true }));
    let box: HTMLInputElement | null = null;
    while (!(box = document.querySelector<HTMLInputElement>('dialog[open] [role="combobox"]'))) await frame();
    const input = box;
    const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
    if (!list) throw new Error('No listbox');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    const answered = (q: string): Promise<number> =>
      new Promise((resolve) => {
        if (list.dataset.answered === q) return resolve(performance.now());
        const observer = new MutationObserver(() => {
          if (list.dataset.answered !== q) return;
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(list, { attributes: true, attributeFilter: ['data-answered'] });
      });
    const type = async (q: string) => {
      spy?.posted.delete(q);
      const started = performance.now();
      setValue?.call(input, q);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const committed = await answered(q);
      const painted = await frame();
      const posted = spy?.posted.get(q);
      const replied = posted ? spy?.replied.get(posted.seq) : undefined;
      return {
        posted: (posted?.at ?? NaN) - started,
        replied: (replied?.at ?? NaN) - started,
        worker: replied?.took ?? NaN,
        committed: committed - started,
        frame: painted.frame - started,
        painted: painted.painted - started,
        busy: painted.painted - started - Math.max(0, painted.frame - committed),
      };
    };
    await type('warm'); // waits for the worker to have built its index
    const times: Keystroke[] = [];
    for (const word of words) for (let n = 1; n <= word.length; n++) times.push(await type(word.slice(0, n)));
    setValue?.call(input, '');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await frame();
    return times;
  }, TYPED);
}
