// Opens the Banana Cake Pop IDE served by our endpoint in headless Debian Chromium (playwright-core, no browser
// download), runs a query through the IDE's UI and checks that the result shows up. Requests that would leave
// 127.0.0.1 are blocked and reported: the IDE must work without the internet.
//
// Usage: node ide-browser.mjs <endpoint-url> <screenshot.png> [chromium-path]
// Output (stdout): { "ok": bool, "resultText": string, "graphqlRequests": n, "blockedExternal": [url], "steps": [string] }
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  // A click while the IDE is still analysing the document can be ignored, so run again until the result shows.
  const result = page.locator('.monaco-editor').filter({ hasText: 'A Wizard of Earthsea' });
  const runButton = page.getByRole('button', { name: /^Run Operation/ });
  for (let attempt = 1; ; attempt++) {
    try {
      await runButton.click({ timeout: 10000 });
      steps.push(`clicked Run (attempt ${attempt})`);
    } catch (e) {
      // Fall back to the IDE's keyboard shortcut in the editor.
      steps.push(`Run button not clickable (${e.message.split('\n')[0]}); pressing Ctrl+Alt+Enter`);
      await requestEditor.click();
      await page.keyboard.press('Control+Alt+Enter');
    }
    try {
      await result.first().waitFor({ timeout: 15000 });
      break;
    } catch (e) {
      if (attempt >= 5) throw e;
    }
  }
  resultText = (await result.first().innerText()).replace(/\u00a0/g, ' ');
  steps.push('saw the result');
  await page.screenshot({ path: screenshot });
  ok = true;
  } catch (e) {
    steps.push('failed: ' + e.message.split('\n')[0]);
    const failed = join(tmpdir(), `ide-failed-${process.pid}.png`);
    await page.screenshot({ path: failed });
    steps.push('screenshot of the failure: ' + failed);
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify({ ok, resultText, graphqlRequests, blockedExternal, steps }));
