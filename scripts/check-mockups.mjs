// Opens every exported mockup (DIR/*.html) in Debian's headless Chromium at phone, tablet and
// desktop widths and checks what a person would see: no sideways scrolling, every link to another
// page of the project resolves to a file here, and axe-core finds no serious or critical
// accessibility violation. Screenshots go to OUT. Prints one JSON report; exits 1 on any problem.
// Usage: node scripts/check-mockups.mjs DIR OUT
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const [dir, out] = process.argv.slice(2).map((p) => resolve(p));
if (!dir || !out) {
  console.error('usage: node scripts/check-mockups.mjs DIR OUT');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const widths = [375, 768, 1440];
const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
const report = { pages: [], problems: [] };
try {
  for (const file of files) {
    const entry = { file, widths: {} };
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(pathToFileURL(join(dir, file)).href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
      await page.addScriptTag({ content: axeSource });
      const axe = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      await page.screenshot({ path: join(out, `${file.replace(/\.html$/, '')}-${width}.png`), fullPage: true });
      await page.close();
      const broken = links.filter((href) => !/^(#|mailto:|tel:|https?:)/.test(href))
        .filter((href) => !existsSync(join(dir, href.split('#')[0].split('?')[0])));
      entry.widths[width] = { overflowPx: Math.max(0, overflow), links: links.length, broken, axe };
      if (overflow > 0) report.problems.push(`${file} @${width}px scrolls sideways by ${overflow}px`);
      for (const href of broken) report.problems.push(`${file} @${width}px links to a missing page: ${href}`);
      for (const v of axe) report.problems.push(`${file} @${width}px axe ${v.impact}: ${v.id} (${v.nodes} nodes)`);
    }
    report.pages.push(entry);
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
process.exit(report.problems.length === 0 ? 0 : 1);
