import { useEffect } from 'react';

export const APP_NAME = 'Zéro non-recours';

/** Formats a document title: the page first, so that tabs and screen readers start with it. */
export function formatPageTitle(page: string): string {
  return `${page} — ${APP_NAME}`;
}

/** Sets the document title while the page is shown (RGAA 8.6: each page has a relevant title). */
export function usePageTitle(page: string): void {
  useEffect(() => {
    document.title = formatPageTitle(page);
  }, [page]);
}
