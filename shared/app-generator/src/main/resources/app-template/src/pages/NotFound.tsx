import type { ReactElement } from 'react';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../components/usePageTitle';

/** Every address the app does not know ends here, inside the layout, with a way back. */
export default function NotFound(): ReactElement {
  usePageTitle('Page not found');
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">Page not found</h1>
      <p>There is nothing at this address. It may have moved or been deleted.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </section>
  );
}
