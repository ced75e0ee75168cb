// Opens the Banana Cake Pop IDE served by our endpoint in headless Debian Chromium (playwright-core, no browser
// download), runs a query through the IDE's UI and checks that the result shows up. Requests that would leave
// 127.0.0.1 are blocked and reported: the IDE must work without the internet.
//
// Usage: node ide-browser.mjs <endpoint-url> <screenshot.png> [chromium-path]
// Output (stdout): { "ok": bool, "resultText": string, "graphqlRequests": n, "blockedExternal": [url], "steps": [string] }
import { chromium } from 'playwright-core';

const [url, screenshot, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
if (!url || !screenshot) {
  console.error('usage: node ide-browser.mjs <endpoint-url> <screenshot.png> [chromium-path]');
  process.exit(2);
}
const steps = [];
const blockedExternal = [];
let graphqlRequests = 0;
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
let ok = false;
let resultText = '';
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const origin = new URL(url).origin;
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith('http') && !target.startsWith(origin)) {
      blockedExternal.push(target);
      return route.abort();
    }
    return route.continue();
  });
  const page = await context.newPage();
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().startsWith(url)) graphqlRequests++; });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') steps.push(`console ${m.type()}: ${m.text().slice(0, 300)}`); });
  page.on('pageerror', (e) => steps.push(`page error: ${e.message.slice(0, 300)}`));
  page.on('response', (r) => { if (r.status() >= 400) steps.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`); });
  page.on('requestfailed', (r) => steps.push(`failed ${r.url()} ${r.failure()?.errorText}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  steps.push('loaded ' + (await page.title()));
  try {
  await page.getByText('Create Document', { exact: true }).click({ timeout: 60000 });
  steps.push('created a document');
  // The IDE fetched our schema by introspection when the status bar says so.
  await page.getByText('Schema available').waitFor({ timeout: 60000 });
  steps.push('schema available');

  // Type the query into the Request editor (Monaco): insertText avoids the editor's bracket auto-closing.
  const requestEditor = page.locator('.monaco-editor').first();
  await requestEditor.click();
  await page.keyboard.press('Control+A');
  // One line: Monaco's auto-indent on newlines would add closing braces of its own.
  await page.keyboard.insertText('query Shelf { books(first: 2) { title author { name } } }');
  await requestEditor.filter({ hasText: 'query Shelf' }).waitFor({ timeout: 15000 });
  await page.keyboard.press('Home'); // scroll the line back into view for the screenshot
  steps.push('typed the query');

  await page.getByRole('button', { name: 'Run' }).click();
  steps.push('clicked Run');
  const result = page.locator('.monaco-editor').filter({ hasText: 'A Wizard of Earthsea' });
  await result.first().waitFor({ timeout: 30000 });
  resultText = (await result.first().innerText()).replace(/\u00a0/g, ' ');
  steps.push('saw the result');
  await page.screenshot({ path: screenshot });
  ok = true;
  } catch (e) {
    steps.push('failed: ' + e.message.split('\n')[0]);
    await page.screenshot({ path: screenshot.replace(/\.png$/, '.failed.png') });
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify({ ok, resultText, graphqlRequests, blockedExternal, steps }));
