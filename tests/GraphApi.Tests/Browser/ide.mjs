// Opens Banana Cake Pop on a running GraphApi, waits for the schema, runs a query with the Run button and prints
// a JSON report on stdout. Usage: node ide.mjs <base-url> <screenshot-folder>
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, watchForeignRequests } from './browser.mjs';

const [base, artifacts] = process.argv.slice(2);
mkdirSync(artifacts, { recursive: true });
const browser = await launch();
const report = { steps: [] };
let page;
try {
  // The IDE's service worker reloads the page once it installs; a test run needs a page that stays put.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  page = await context.newPage();
  const foreign = watchForeignRequests(page, base);

  await page.goto(`${base}/graphql`, { headers: { accept: 'text/html' } });
  await page.waitForLoadState('networkidle');
  report.landedOn = new URL(page.url()).pathname;
  await page.getByRole('button', { name: 'Create Document' }).click();
  await page.waitForLoadState('networkidle');
  await page.getByText('Schema available').waitFor({ timeout: 15000 });
  report.steps.push('schema available');

  // Monaco auto-closes brackets while typing, so the query is pasted instead.
  const request = page.locator('.monaco-editor').first();
  await request.locator('.view-lines').click();
  await page.evaluate((text) => navigator.clipboard.writeText(text), '{ gateway { name upstream } }');
  await page.keyboard.press('Control+V');
  await request.locator('.view-lines', { hasText: 'upstream' }).waitFor({ timeout: 5000 });
  report.steps.push('query entered');
  // The IDE takes the editor's text into its document state on a debounce: a Run right after the paste can send the
  // previous (empty) document, so Run is pressed again until the answer arrives.
  const response = page.locator('.monaco-editor').nth(2);
  for (let attempt = 1; ; attempt++) {
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Run' }).first().click();
    try {
      await response.getByText('"SANDBOX"').waitFor({ timeout: 5000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  report.steps.push('query ran');
  report.response = (await response.innerText()).replace(/^\d+$/gm, '').replace(/\s+/g, ' ').trim();
  await page.screenshot({ path: join(artifacts, 'ide-query.png') });
  report.foreignRequests = foreign;
} catch (error) {
  report.error = String(error);
  try {
    report.responseOnError = (await page.locator('.monaco-editor').nth(2).innerText()).replace(/\s+/g, ' ').slice(0, 500);
    await page.screenshot({ path: join(artifacts, 'ide-failure.png') });
  } catch { /* the page may be gone */ }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
