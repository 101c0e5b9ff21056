// The integration admin page in headless Chromium, as an admin uses it: sign in (sandbox admin), see the form with the
// minimum scopes checked and locked and no secret prefilled, copy the redirect URI, test a wrong secret, save a new
// client ID with its secret and an extra scope, reload and see the secret field empty again. Takes the README's
// screenshot. Prints a JSON report.
// Usage: node admin.mjs <base-url> <screenshot-folder> <new-client-id> <new-client-secret> [<readme-image-path>]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, watchForeignRequests } from './browser.mjs';

const [base, artifacts, newClientId, newClientSecret, readmeImage] = process.argv.slice(2);
mkdirSync(artifacts, { recursive: true });
const browser = await launch();
const report = { steps: [] };
let page;
const step = async (name, action) => {
  await action();
  report.steps.push(name);
};
try {
  const context = await browser.newContext({ viewport: { width: 1100, height: 1400 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  page = await context.newPage();
  const foreign = watchForeignRequests(page, base);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));

  await step('signed in', async () => {
    await page.goto(`${base}/admin/`);
    await page.getByRole('button', { name: 'Sign in as the sandbox admin' }).click();
    await page.locator('#integration').waitFor();
    await page.waitForFunction(() => document.querySelector('#client-id').value !== '');
  });

  await step('form shown', async () => {
    report.clientId = await page.locator('#client-id').inputValue();
    report.secretPrefilled = await page.locator('#client-secret').inputValue();
    report.secretType = await page.locator('#client-secret').getAttribute('type');
    report.redirectUri = await page.locator('#redirect-uri').inputValue();
    report.scopeCount = await page.locator('input[name=scope]').count();
    report.lockedScopes = await page.locator('input[name=scope]:disabled:checked').evaluateAll((boxes) => boxes.map((b) => b.value).sort());
    report.tierLimits = await page.locator('#tier-limits').textContent();
  });

  await step('redirect uri copied', async () => {
    await page.getByRole('button', { name: 'Copy' }).click();
    report.copied = await page.evaluate(() => navigator.clipboard.readText());
  });

  await step('wrong secret tested', async () => {
    await page.locator('#client-secret').fill('definitely-not-the-secret');
    await page.getByRole('button', { name: 'Test credentials' }).click();
    await page.locator('#test-result').waitFor();
    report.wrongSecretResult = await page.locator('#test-result').textContent();
  });

  await step('saved', async () => {
    await page.locator('#client-id').fill(newClientId);
    await page.locator('#client-secret').fill(newClientSecret);
    await page.locator('input[name=scope][value="ads:read"]').check();
    await page.locator('input[name=tier][value="STANDARD"]').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('#notice', { hasText: 'Saved.' }).waitFor();
  });

  await step('reloaded', async () => {
    await page.reload();
    await page.waitForFunction(() => document.querySelector('#client-id').value !== '');
    report.clientIdAfter = await page.locator('#client-id').inputValue();
    report.secretAfter = await page.locator('#client-secret').inputValue();
    report.secretPlaceholder = await page.locator('#client-secret').getAttribute('placeholder');
    report.adsReadChecked = await page.locator('input[name=scope][value="ads:read"]').isChecked();
    report.tierAfter = await page.locator('input[name=tier]:checked').getAttribute('value');
  });

  await step('tested saved pair', async () => {
    await page.getByRole('button', { name: 'Test credentials' }).click();
    await page.locator('#test-result', { hasText: 'OK' }).waitFor();
    report.savedPairResult = await page.locator('#test-result').textContent();
    await page.screenshot({ path: join(artifacts, 'admin-portal.png'), fullPage: true });
    if (readmeImage) await page.screenshot({ path: readmeImage, fullPage: true });
  });

  report.html = (await page.content()).length;
  report.pageHtmlHasSecret = (await page.content()).includes(newClientSecret);
  report.foreignRequests = foreign;
  report.pageErrors = pageErrors;
} catch (error) {
  report.error = String(error?.stack ?? error);
  if (page) {
    report.notice = await page.locator('#notice').textContent().catch(() => null);
    await page.screenshot({ path: join(artifacts, 'admin-failure.png'), fullPage: true }).catch(() => {});
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
