// Main may ask the journal window to show a person (a follow-up picked in the tray): go there, as a link would.
import { useEffect } from 'react';
import type { RapportApi } from '@shared/ipc/contract';
import { routeHref } from './route';

export function useOpenContactFromMain(api: RapportApi | undefined): void {
  useEffect(() => {
    if (!api) return undefined;
    return api.onOpenContact((id) => {
      window.location.hash = routeHref({ view: 'contact', id });
    });
  }, [api]);
}
