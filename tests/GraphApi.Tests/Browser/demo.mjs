// The demo app's whole flow in headless Chromium, as a person would do it: sign in as a demo user, connect Pinterest
// on the sandbox consent page, see the boards grid, open a board, create a pin from an image URL and see it, create one
// from an image file (a small PNG made here, sent by the form as a GraphQL multipart upload) and see it, then
// ads view, disconnect. Prints a JSON report. Usage: node demo.mjs <base-url> <screenshot-folder>
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { launch, watchForeignRequests } from './browser.mjs';

const [base, artifacts] = process.argv.slice(2);

// A 4x4 PNG of one colour, built by hand (signature, IHDR, IDAT, IEND; CRC-32 per chunk).
function png([r, g, b]) {
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const byte of bytes) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(4, 4);
  header[8] = 8;
  header[9] = 2;
  const rows = Buffer.concat(Array.from({ length: 4 }, () => Buffer.from([0, r, g, b, r, g, b, r, g, b, r, g, b])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
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

  await step('pin created from a file', async () => {
    const title = `Uploaded pin ${Date.now()}`;
    const image = png([230, 120, 20]);
    report.uploadedPng = image.toString('base64');
    await page.getByLabel('Image URL').fill('');
    await page.getByLabel('or an image file').setInputFiles({ name: 'orange.png', mimeType: 'image/png', buffer: image });
    await page.getByLabel('Title').fill(title);
    await page.getByRole('button', { name: 'Create pin' }).click();
    await page.locator('#pin-grid .tile', { hasText: title }).waitFor();
    report.pinsAfterUpload = await page.locator('#pin-grid .tile').count();
    report.uploadErrors = await page.locator('#create-pin-errors').textContent();
    report.fileInputCleared = await page.getByLabel('or an image file').evaluate((input) => input.files.length === 0);
  });

  await step('ads shown', async () => {
    await page.getByRole('link', { name: 'Ads' }).click();
    await page.locator('#campaign-table tbody tr').first().waitFor();
    report.campaignRows = await page.locator('#campaign-table tbody tr').count();
    report.campaignSpends = await page.locator('#campaign-table tbody tr td:nth-child(4)').allTextContents();
    report.campaignImpressions = await page.locator('#campaign-table tbody tr td:nth-child(5)').allTextContents();
    await page.screenshot({ path: join(artifacts, 'demo-ads.png') });
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
