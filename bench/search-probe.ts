// Keystroke → search results painted, in the browser build: the palette is opened with Ctrl+K and queries
// are typed a letter at a time; each is timed from the input event until the list shows that query's answer
// (the listbox's data-answered) and the next frame is painted. The worker answers; the window only paints.
import type { Page } from '@playwright/test';

const TYPED = ['sjostrom', 'lind', 'malmo', 'kaffe', 'berg', 'design'];

export async function searchKeystrokes(page: Page): Promise<number[]> {
  return page.evaluate(async (words) => {
    const frame = (): Promise<number> =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, metaKey: true, bubbles: true }));
    let box: HTMLInputElement | null = null;
    while (!(box = document.querySelector<HTMLInputElement>('dialog[open] [role="combobox"]'))) await frame();
    const input = box;
    const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
    if (!list) throw new Error('No listbox');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    const answered = (q: string): Promise<void> =>
      new Promise((resolve) => {
        if (list.dataset.answered === q) return resolve();
        const observer = new MutationObserver(() => {
          if (list.dataset.answered !== q) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(list, { attributes: true, attributeFilter: ['data-answered'] });
      });
    const type = async (q: string): Promise<number> => {
      const started = performance.now();
      setValue?.call(input, q);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await answered(q);
      return (await frame()) - started;
    };
    await type('warm'); // waits for the worker to have built its index
    const times: number[] = [];
    for (const word of words) for (let n = 1; n <= word.length; n++) times.push(await type(word.slice(0, n)));
    return times;
  }, TYPED);
}
