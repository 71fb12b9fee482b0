// Main may ask the journal window to show Today (the daily reminder was clicked): go there, as a link would.
import { useEffect } from 'react';
import type { RapportApi } from '@shared/ipc/contract';
import { routeHref } from './route';

export function useOpenTodayFromMain(api: RapportApi | undefined): void {
  useEffect(() => {
    if (!api) return undefined;
    return api.onOpenToday(() => {
      window.location.hash = routeHref({ view: 'today' });
    });
  }, [api]);
}
