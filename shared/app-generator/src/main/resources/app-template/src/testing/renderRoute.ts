import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { StaticRouter } from 'react-router-dom/server';
import App from '../App';

/**
 * The HTML the app renders at `path`, without a browser: journey tests check each page they visit against the
 * data it should show. Effects do not run here, exactly as in a server render.
 */
export function renderRoute(path: string): string {
  return renderToStaticMarkup(
    createElement(StaticRouter, { location: path, future: { v7_relativeSplatPath: true } }, createElement(App)),
  );
}

/** How many <h1> elements the HTML has: every page should have exactly one. */
export function countH1(html: string): number {
  return (html.match(/<h1[\s>]/g) ?? []).length;
}
