import { useEffect } from 'react';

const APP_NAME = '__APP_NAME__';

/** Sets the document title for the current page, so tabs, history and search results say where you are. */
export function usePageTitle(title: string | null): void {
  useEffect(() => {
    document.title = title === null || title === '' ? APP_NAME : title + ' | ' + APP_NAME;
  }, [title]);
}
