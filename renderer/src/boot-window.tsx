// What every window does first: language and theme before the first paint, then i18n. The journal window
// opens its replica after this (boot.tsx); the quick note never does, so it loads no Yjs at all.
import { createRoot, type Root } from 'react-dom/client';
import { desktopApi } from './platform/rapport-api';
import { applyTheme, languageOf, loadAppearance, storedAppearance } from './appearance/appearance';
import { followAppearance } from './appearance/follow-appearance';
// Every window's styles, in the order they always had (the journal's views come after them).
import './styles/base.css';
import './styles/shell.css';
import './styles/access.css';
import './styles/entity-page.css';

/** `setupI18n` starts i18next in the chosen language, on the catalogues this window needs. */
export async function startWindow(setupI18n: (preferred: readonly string[]) => Promise<void>): Promise<Root> {
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('The page has no #root element');
  const root = createRoot(rootElement);
  // The remembered copy at once, then this computer's setting.
  applyTheme(storedAppearance().theme);
  const api = desktopApi();
  const appearance = await loadAppearance(api);
  applyTheme(appearance.theme);
  await setupI18n([languageOf(appearance.language)]);
  followAppearance(api);
  return root;
}
