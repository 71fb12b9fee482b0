// The current place, read from location.hash; navigate() pushes onto the window's history.
import { useSyncExternalStore } from 'react';
import { parseRoute, routeHref, type Route } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

let cachedHash: string | null = null;
let cachedRoute: Route = parseRoute('');
function currentRoute(): Route {
  if (cachedHash !== location.hash) {
    cachedHash = location.hash;
    cachedRoute = parseRoute(location.hash);
  }
  return cachedRoute;
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, currentRoute);
}

export function navigate(route: Route): void {
  const href = routeHref(route);
  if (location.hash !== href) location.hash = href;
}

/** Alt+Left / Alt+Right (and the mouse's back/forward buttons) move through the window's history. */
export function installHistoryKeys(target: Window = window): () => void {
  const onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'ArrowLeft') history.back();
    else if (event.key === 'ArrowRight') history.forward();
    else return;
    event.preventDefault();
  };
  const onMouse = (event: MouseEvent): void => {
    if (event.button === 3) history.back();
    else if (event.button === 4) history.forward();
  };
  target.addEventListener('keydown', onKey);
  target.addEventListener('mouseup', onMouse);
  return () => {
    target.removeEventListener('keydown', onKey);
    target.removeEventListener('mouseup', onMouse);
  };
}
