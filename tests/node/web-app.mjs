// Drives the web app (src/Web, served by the real host at /) in headless Debian Chromium like a user: sign in, create
// a weekly schedule with a parameter and two recipients (a bad address first: its error must show at the field),
// preview the report, run it now and watch SUCCEEDED arrive live, download the PDF, open the run's page, open the
// download link of the first recipient's email (the app's download page) and download the PDF from it, open the
// unsubscribe link of that email (read from the test SMTP server's mail folder) and confirm in the
// app, run again (the unsubscribed reader is skipped), send a test, delete the schedule. axe-core checks every screen
// (serious or critical violations are reported); screenshots of each screen, desktop and 390 px wide, go to the given folder.
//
// Usage: node web-app.mjs <base-url> <email> <password> <screenshot-folder> <recipient-1> <recipient-2> <chromium-path> <mail-folder>
// Output (stdout): { ok, steps: [..], error, violations: [{ screen, id, impact, help, nodes }], pdfHead, emailedPdfHead, scheduleUrl, initialJsBytes, phoneOverflow }
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { axeChecker, decodedMail, launchChromium, screenshotter } from './web-journey.mjs';

const [base, email, password, shots, first, second, executablePath = '/usr/bin/chromium', mail] = process.argv.slice(2);
if (!base || !email || !password || !shots || !first || !second || !mail) {
  console.error('usage: node web-app.mjs <base-url> <email> <password> <screenshot-folder> <recipient-1> <recipient-2> <chromium-path> <mail-folder>');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const steps = [];
const violations = [];
const result = { ok: false, steps, violations, error: null, pdfHead: null, emailedPdfHead: null, scheduleUrl: null, initialJsBytes: 0 };
const browser = await launchChromium(executablePath);
// The report's own HTML in the preview frame is the report's content (checked by the renderer's tests), not the app's.
const check = axeChecker(steps, violations, 'iframe[title="HTML preview of the report"]');
const shoot = screenshotter(shots);

// The emails (.eml) the test SMTP server received for an address.
function mailsTo(address) {
  return readdirSync(mail).filter((f) => f.endsWith('.eml')).sort()
    .map((f) => readFileSync(join(mail, f), 'latin1'))
    .filter((m) => new RegExp(`^To:.*${address.replace(/[.@]/g, '\\$&')}`, 'mi').test(m));
}

// A link of the email to an app page (/email/unsubscribe/…, /email/files/…), whatever transfer encoding its text parts use.
function emailLink(eml, page) {
  return decodedMail(eml).match(new RegExp(`https?://[^\\s"<>]+/email/${page}/[^\\s"<>]+`))?.[0] ?? null;
}

async function runNow(page, label, button) {
  await page.getByRole('button', { name: button }).click();
  const live = page.getByRole('status').filter({ hasText: label });
  await live.waitFor();
  await live.getByText('SUCCEEDED').waitFor({ timeout: 90000 });
  return (await live.innerText()).replace(/\s+/g, ' ');
}

const counted = new Set();
let current = null;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  current = page;
  page.setDefaultTimeout(30000);
  page.on('pageerror', (e) => steps.push(`page error: ${e.message.slice(0, 300)}`));
  page.on('response', async (r) => {
    if (r.status() >= 400) steps.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`);
    // Each entry script once: the journey reloads pages, which fetch it again.
    if (r.request().resourceType() === 'script' && r.url().includes('/assets/index-') && !counted.has(r.url())) {
      counted.add(r.url());
      result.initialJsBytes += (await r.body()).length;
    }
  });

  // Sign in: a visitor without a session lands on the sign-in page.
  await page.goto(base + '/', { waitUntil: 'networkidle' });
  await page.getByRole('heading', { name: 'Sign in to ReportGraph' }).waitFor();
  steps.push('redirected to sign in: ' + new URL(page.url()).pathname);
  await check(page, 'sign-in');
  await shoot(page, 'sign-in');
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Schedules' }).waitFor();
  steps.push('signed in');
  await check(page, 'schedules');

  // Create a weekly schedule with a parameter and two recipients; the second address is wrong at first.
  await page.getByRole('link', { name: 'New schedule' }).click();
  await page.getByRole('heading', { name: 'New schedule' }).waitFor();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Weekly report for student 7');
  await page.getByLabel('Report type').first().click();
  await page.getByRole('option', { name: 'Student report' }).click();
  // The student is picked from the demo school's list (the report type offers options for it).
  await page.getByLabel('Student', { exact: false }).first().fill('Student 7 ');
  await page.getByRole('option', { name: /^Student 7 —/ }).click();
  await page.getByLabel('Time zone').first().fill('Europe/Berlin');
  await page.getByRole('option', { name: 'Europe/Berlin' }).click();
  await page.getByRole('list', { name: 'Next runs' }).waitFor();
  const runs = await page.getByRole('list', { name: 'Next runs' }).getByRole('listitem').count();
  steps.push(`preview shows ${runs} next runs`);
  await page.getByRole('textbox', { name: 'Recipients' }).fill(`${first}\n${second.replace('@', ' at ')}`);
  await page.getByRole('button', { name: 'Create schedule' }).click();
  await page.getByText('The schedule was not saved').waitFor();
  const fieldError = await page.locator('[id$="-error"]').allInnerTexts();
  steps.push('field error: ' + fieldError.join(' | '));
  await check(page, 'editor');
  await shoot(page, 'editor-error');
  await page.getByRole('textbox', { name: 'Recipients' }).fill(`${first}\n${second}`);

  // Preview before saving: the HTML in the page, the PDF behind a link; nothing is emailed.
  await page.getByRole('button', { name: 'Preview report' }).click();
  await page.getByRole('region', { name: 'Report preview' }).waitFor({ timeout: 60000 });
  const framed = page.frameLocator('iframe[title="HTML preview of the report"]');
  const framedText = (await framed.locator('body').innerText()).replace(/\s+/g, ' ').slice(0, 80);
  steps.push('preview html: ' + framedText);
  const pdfLink = await page.getByRole('link', { name: 'Open the PDF preview' }).getAttribute('href');
  const pdfPreview = await page.request.get(base + pdfLink);
  steps.push(`preview pdf: ${pdfPreview.status()} ${(await pdfPreview.body()).subarray(0, 5).toString('latin1')}`);
  steps.push(`subject example: ${await page.getByText(/^Example:/).innerText()}`);
  await check(page, 'editor-preview');
  await shoot(page, 'editor-preview');
  await page.getByRole('button', { name: 'Create schedule' }).click();
  await page.getByRole('button', { name: 'Run now' }).waitFor();
  result.scheduleUrl = page.url();
  steps.push('created ' + new URL(page.url()).pathname);
  await check(page, 'schedule');

  // Run now and watch the live status reach SUCCEEDED.
  steps.push('live status: ' + (await runNow(page, 'Run now', 'Run now')));
  await page.getByRole('link', { name: /^Download PDF/ }).first().waitFor();
  // No two download links of a run may read the same (a report with two tables gives two CSV files).
  const latestRun = page.getByRole('link', { name: /^Download / }).locator('xpath=..');
  const names = await latestRun.first().getByRole('link', { name: /^Download / }).allTextContents();
  if (new Set(names).size !== names.length) throw new Error(`Two download links of one run have the same name: ${names.join(' | ')}`);
  steps.push('download links: ' + names.join(' | '));
  const icon = await page.request.get(new URL('/favicon.svg', page.url()).toString());
  if (!icon.ok() || !(await icon.text()).includes('<svg')) throw new Error(`/favicon.svg answered ${icon.status()}`);
  await check(page, 'schedule-after-run');
  await shoot(page, 'schedule');

  // Download the PDF through the link the page shows.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Download PDF/ }).first().click()]);
  const file = join(shots, '..', 'web-download.pdf');
  await download.saveAs(file);
  result.pdfHead = (await readFile(file)).subarray(0, 5).toString('latin1');
  steps.push('downloaded ' + download.suggestedFilename());

  // The run's own page (failure notices link there): its deliveries and files.
  await page.getByRole('link', { name: /· manual/ }).first().click();
  await page.getByRole('heading', { name: /^Run of / }).waitFor();
  steps.push('execution page: ' + (await page.getByRole('table').innerText()).replace(/\s+/g, ' ').slice(0, 200));
  const executionUrl = page.url();
  await check(page, 'execution');
  await shoot(page, 'execution');

  // The first recipient opens the email's link for the PDF (too large to attach under the test's limit): the app's
  // download page, signed out, with the file, its run and expiry, then downloads from it.
  const [firstMail] = mailsTo(first);
  const fileLink = firstMail && emailLink(firstMail, 'files');
  if (!fileLink) throw new Error(`no download link in the email to ${first}`);
  steps.push('email download link: ' + new URL(fileLink).pathname.replace(/[^/]+$/, '…'));
  const downloader = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true, locale: 'en-GB', timezoneId: 'Europe/London' });
  const landing = await downloader.newPage();
  await landing.goto(fileLink.replace(/^https?:\/\/[^/]+/, base), { waitUntil: 'networkidle' });
  await landing.getByRole('heading', { name: 'Download your report' }).waitFor();
  steps.push('download page: ' + (await landing.locator('main').innerText()).replace(/\s+/g, ' ').slice(0, 300));
  await check(landing, 'download-link');
  await shoot(landing, 'download-link');
  const downloadButton = landing.getByRole('link', { name: 'Download PDF' });
  await downloadButton.focus();
  const [emailed] = await Promise.all([landing.waitForEvent('download'), landing.keyboard.press('Enter')]);
  const emailedFile = join(shots, '..', 'web-emailed-download.pdf');
  await emailed.saveAs(emailedFile);
  result.emailedPdfHead = (await readFile(emailedFile)).subarray(0, 5).toString('latin1');
  steps.push('downloaded from the email page: ' + emailed.suggestedFilename());
  // A link cut short or altered says so in words.
  await landing.goto(fileLink.replace(/^https?:\/\/[^/]+/, base).slice(0, -6), { waitUntil: 'networkidle' });
  await landing.getByRole('heading', { name: 'This download link is not valid' }).waitFor();
  steps.push('broken download link: ' + (await landing.getByRole('alert').innerText()).replace(/\s+/g, ' '));
  await check(landing, 'download-link-not-valid');
  await shoot(landing, 'download-link-not-valid');
  await downloader.close();
  const phoneDownloader = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const phoneLanding = await phoneDownloader.newPage();
  await phoneLanding.goto(fileLink.replace(/^https?:\/\/[^/]+/, base), { waitUntil: 'networkidle' });
  await phoneLanding.getByRole('heading', { name: 'Download your report' }).waitFor();
  await check(phoneLanding, 'download-link-phone');
  await shoot(phoneLanding, 'download-link-phone');
  const downloadOverflow = await phoneLanding.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  steps.push(`download page phone overflow: ${downloadOverflow}px`);
  await phoneDownloader.close();

  // The first recipient opens the unsubscribe link of the email they got and confirms in the app.
  const link = firstMail && emailLink(firstMail, 'unsubscribe');
  if (!link) throw new Error(`no unsubscribe link in the email to ${first}`);
  steps.push('email link: ' + new URL(link).pathname.replace(/[^/]+$/, '…'));
  const reader = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const inbox = await reader.newPage();
  await inbox.goto(link.replace(/^https?:\/\/[^/]+/, base), { waitUntil: 'networkidle' });
  await inbox.getByRole('heading', { name: 'Unsubscribe?' }).waitFor();
  await check(inbox, 'unsubscribe');
  await shoot(inbox, 'unsubscribe');
  await inbox.getByRole('button', { name: 'Unsubscribe' }).click();
  await inbox.getByRole('heading', { name: 'Unsubscribed' }).waitFor();
  steps.push('unsubscribed: ' + (await inbox.getByRole('status').innerText()).replace(/\s+/g, ' '));
  await check(inbox, 'unsubscribed');
  await shoot(inbox, 'unsubscribed');
  const phoneReader = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const phoneInbox = await phoneReader.newPage();
  await phoneInbox.goto(link.replace(/^https?:\/\/[^/]+/, base), { waitUntil: 'networkidle' });
  await phoneInbox.getByRole('heading', { name: 'Unsubscribe?' }).waitFor();
  await shoot(phoneInbox, 'unsubscribe-phone');
  await reader.close();
  await phoneReader.close();

  // The next run skips the reader who left: the schedule shows them unsubscribed, and no new email reaches them.
  await page.goto(result.scheduleUrl, { waitUntil: 'networkidle' });
  await page.getByText('unsubscribed', { exact: false }).first().waitFor();
  const before = { first: mailsTo(first).length, second: mailsTo(second).length };
  steps.push('second run: ' + (await runNow(page, 'Run now', 'Run now')));
  const after = { first: mailsTo(first).length, second: mailsTo(second).length };
  steps.push(`emails after the second run: ${first} ${before.first}→${after.first}, ${second} ${before.second}→${after.second}`);

  // Send a test to oneself, live as well.
  steps.push('test: ' + (await runNow(page, 'Test email', 'Send test to me')));

  await page.getByRole('link', { name: '← All schedules' }).click();
  await page.getByRole('link', { name: 'Weekly report for student 7' }).waitFor();
  await shoot(page, 'schedules');
  await page.getByRole('link', { name: 'API keys' }).click();
  await page.getByRole('heading', { name: 'API keys' }).waitFor();
  await check(page, 'api-keys');

  // The same screens 390 px wide (a phone), signed in with the same session.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, storageState: await context.storageState(), locale: 'en-GB', timezoneId: 'Europe/London' });
  const small = await phone.newPage();
  await small.goto(base + '/', { waitUntil: 'networkidle' });
  await small.getByRole('heading', { name: 'Schedules' }).waitFor();
  await check(small, 'schedules-phone');
  await shoot(small, 'schedules-phone');
  await small.goto(result.scheduleUrl, { waitUntil: 'networkidle' });
  await small.getByRole('button', { name: 'Run now' }).waitFor();
  await check(small, 'schedule-phone');
  await shoot(small, 'schedule-phone');
  await small.goto(base + '/schedules/new', { waitUntil: 'networkidle' });
  await small.getByRole('heading', { name: 'New schedule' }).waitFor();
  await check(small, 'editor-phone');
  await shoot(small, 'editor-phone');
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  steps.push(`phone horizontal overflow: ${overflow}px`);
  await small.goto(executionUrl, { waitUntil: 'networkidle' });
  await small.getByRole('heading', { name: /^Run of / }).waitFor();
  await check(small, 'execution-phone');
  await shoot(small, 'execution-phone');
  result.phoneOverflow = overflow + downloadOverflow + (await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth));

  // Delete, after confirming in a dialog.
  await page.goto(result.scheduleUrl, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').waitFor();
  await check(page, 'delete-confirm');
  await shoot(page, 'delete-confirm');
  await page.getByRole('button', { name: 'Delete schedule' }).click();
  await page.getByRole('heading', { name: 'Schedules' }).waitFor();
  await page.getByText('was deleted').waitFor();
  steps.push(`deleted: ${await page.getByRole('link', { name: 'Weekly report for student 7' }).count()} left`);
  result.ok = true;
} catch (e) {
  result.error = String(e?.message ?? e).slice(0, 2000);
  // What the user saw when it failed, for the test's message.
  if (current) result.error += '\nPage text: ' + (await current.locator('body').innerText().catch(() => '')).slice(0, 1500) + '\nURL: ' + current.url();
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
