// The demo app's whole flow in headless Chromium, as a person would do it: sign in as a demo user, connect Pinterest
// on the sandbox consent page, see the boards grid, open a board, create a pin from an image URL and see it, then
// disconnect. Prints a JSON report. Usage: node demo.mjs <base-url> <screenshot-folder>
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, watchForeignRequests } from './browser.mjs';

const [base, artifacts] = process.argv.slice(2);
mkdirSync(artifacts, { recursive: true });
const browser = await launch();
const report = { steps: [] };
let page;
const step = async (name, action) => {
  await action();
  report.steps.push(name);
};
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  const foreign = watchForeignRequests(page, base);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));

  await step('signed in', async () => {
    await page.goto(`${base}/`);
    await page.locator('#sign-in-form select').selectOption('demo.pinner');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Connect Pinterest' }).waitFor();
  });

  await step('consent page shown', async () => {
    await page.getByRole('button', { name: 'Connect Pinterest' }).click();
    await page.waitForURL(/\/sandbox\/pinterest\/oauth\//);
    report.consentPath = new URL(page.url()).pathname;
    await page.screenshot({ path: join(artifacts, 'demo-consent.png') });
  });

  await step('connected', async () => {
    await page.locator('input[name=username][value="demo.pinner"]').check();
    // The callback returns with pinterest=pending&completion=ID; the app completes it as the signed-in caller and
    // takes the id out of the address bar.
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Pinterest is connected.').waitFor();
    report.returnedTo = new URL(page.url()).pathname;
    report.completionLeftInUrl = new URL(page.url()).searchParams.has('completion');
  });

  await step('boards shown', async () => {
    await page.locator('#board-grid .tile').first().waitFor();
    await page.waitForLoadState('networkidle');
    report.boardCount = await page.locator('#board-grid .tile').count();
    report.boardImages = await page.locator('#board-grid .tile img[src]').count();
    await page.screenshot({ path: join(artifacts, 'demo-boards.png') });
  });

  await step('board opened', async () => {
    await page.locator('#board-grid .tile').first().click();
    await page.locator('#board-name').filter({ hasText: /\S/ }).waitFor();
    report.boardName = await page.locator('#board-name').textContent();
    report.pinsBefore = await page.locator('#pin-grid .tile').count();
  });

  await step('pin created', async () => {
    const title = `Demo pin ${Date.now()}`;
    await page.getByLabel('Image URL').fill('https://images.example.com/lemon-tart.jpg');
    await page.getByLabel('Title').fill(title);
    await page.getByRole('button', { name: 'Create pin' }).click();
    await page.locator('#pin-grid .tile', { hasText: title }).waitFor();
    report.pinsAfter = await page.locator('#pin-grid .tile').count();
    report.createErrors = await page.locator('#create-pin-errors').textContent();
    await page.screenshot({ path: join(artifacts, 'demo-board.png') });
  });

  await step('disconnected', async () => {
    await page.getByRole('button', { name: 'Disconnect Pinterest' }).click();
    await page.getByText('Pinterest is disconnected').waitFor();
    await page.getByRole('button', { name: 'Connect Pinterest' }).waitFor();
  });

  report.foreignRequests = foreign;
  report.pageErrors = pageErrors;
} catch (error) {
  report.error = String(error);
  try {
    await page?.screenshot({ path: join(artifacts, 'demo-failure.png') });
    report.notice = await page?.locator('#notice').textContent();
  } catch { /* the page may be gone */ }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
