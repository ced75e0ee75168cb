// Drives the web app's admin and account screens (src/Web, served by the real host) in headless Debian Chromium like
// the people using them: the admin invites a user (a bad address first: its error must show at the field), the
// invitation email is read from the test SMTP server's mail folder, the invited user sets a password in the app and
// signs in (and is told "not allowed" on the admin pages), the admin creates an API key (secret shown once) and revokes
// it (the key then gets 401), changes roles (demoting the last admin is refused), ends the user's sessions and disables
// them (the user's next request is signed out), tests SMTP settings (the failed step is named) and saves them (the
// password is never shown back), reads the report types and deletes the user. axe-core checks every screen; the
// keyboard alone reaches the main controls; screenshots, desktop and 390 px wide, go to the given folder.
//
// Usage: node web-admin.mjs <base-url> <admin-email> <admin-password> <screenshot-folder> <mail-folder> <smtp-port> <closed-port> [chromium-path]
// Output (stdout): { ok, steps: [..], error, violations: [{ screen, id, impact, help, nodes }], phoneOverflow, initialJsGzipBytes }
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { axeChecker, decodedMail, launchChromium, screenshotter } from './web-journey.mjs';

const [base, adminEmail, adminPassword, shots, mailFolder, smtpPort, closedPort, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
if (!base || !adminEmail || !adminPassword || !shots || !mailFolder || !smtpPort || !closedPort) {
  console.error('usage: node web-admin.mjs <base-url> <admin-email> <admin-password> <screenshot-folder> <mail-folder> <smtp-port> <closed-port> [chromium-path]');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const invitee = { email: 'lin@example.org', name: 'Lin Member', password: 'lin-chose-this-password' };
const steps = [];
const violations = [];
const result = { ok: false, steps, violations, error: null, phoneOverflow: null, initialJsGzipBytes: 0 };
const browser = await launchChromium(executablePath);
const check = axeChecker(steps, violations);
const shoot = screenshotter(shots);

/** Presses Tab until the focused element is the control named `name` (keyboard alone); fails after `max` presses. */
async function tabTo(page, name, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? (el.getAttribute('aria-label') || el.textContent || '').trim() : '';
    });
    if (focused === name) {
      steps.push(`keyboard reached "${name}"`);
      return;
    }
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** The link in the invitation email the test SMTP server received for `to`; waits up to a minute on a loaded machine. */
async function invitationLink(to) {
  for (let i = 0; i < 300; i++) {
    for (const file of readdirSync(mailFolder).filter((f) => f.endsWith('.eml'))) {
      const text = decodedMail(readFileSync(join(mailFolder, file), 'latin1'));
      if (!text.toLowerCase().includes(to) || !text.includes('invited')) continue;
      const link = text.match(/https?:\/\/[^\s"<>]+set-password\?token=[^\s"<>]+/);
      if (link) return link[0];
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  // Say what did arrive, so a failure here tells the mail from the matching apart.
  const arrived = readdirSync(mailFolder).map((f) => `${f}: ${readFileSync(join(mailFolder, f), 'latin1').slice(0, 600)}`);
  throw new Error(`No invitation email to ${to} in ${mailFolder}; it holds ${arrived.length} file(s):\n${arrived.join('\n---\n')}`);
}

async function graphqlStatus(secret) {
  const response = await fetch(base + '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query: '{ me { email } }' }),
  });
  return `${response.status} ${(await response.text()).slice(0, 80)}`;
}

async function openAdmin(page, item) {
  await page.getByRole('button', { name: 'Admin' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

function card(page, name) {
  return page.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });
}

const entryScripts = new Set();
const options = { locale: 'en-GB', timezoneId: 'Europe/London' };
try {
  const admin = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...options });
  const page = await admin.newPage();
  page.setDefaultTimeout(30000);
  page.on('pageerror', (e) => steps.push(`page error: ${e.message.slice(0, 300)}`));
  page.on('console', (m) => { if (m.type() === 'error') steps.push(`console error: ${m.text().slice(0, 300)}`); });
  page.on('response', async (r) => {
    if (process.env.WEB_ADMIN_DEBUG && r.url().endsWith('/graphql') && r.request().method() === 'POST') steps.push(`graphql ${r.request().postData()?.slice(0, 120)} -> ${(await r.text().catch(() => '')).slice(0, 300)}`);
    if (r.status() >= 400) steps.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`);
    // The initial bundle: what the first screen loads (the entry chunk), measured as a browser receives it, gzip.
    // Counted once per file: the page is reloaded during the journey.
    if (r.request().resourceType() === 'script' && r.url().includes('/assets/index-') && !entryScripts.has(r.url())) {
      entryScripts.add(r.url());
      result.initialJsGzipBytes += gzipSync(await r.body()).length;
    }
  });

  // The admin signs in and opens Users with the keyboard alone (Tab to the Admin menu, Enter, arrow, Enter).
  await page.goto(base + '/', { waitUntil: 'networkidle' });
  await page.getByRole('textbox', { name: 'Email' }).fill(adminEmail);
  await page.getByRole('textbox', { name: 'Password' }).fill(adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Schedules' }).waitFor();
  await page.getByRole('button', { name: 'Admin' }).waitFor();
  await page.locator('body').focus();
  await tabTo(page, 'Admin');
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Users' }).waitFor();
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim());
  // The menu may focus its first item on opening; otherwise the arrow key moves there.
  if ((await focusedText()) !== 'Users') await page.keyboard.press('ArrowDown');
  if ((await focusedText()) !== 'Users') throw new Error(`The Admin menu did not put the keyboard on "Users" (focus: ${await focusedText()})`);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Users', exact: true }).waitFor();
  steps.push('admin opened Users by keyboard');
  await check(page, 'users');

  // Invite: a wrong address first; the server's error shows at the Email field.
  const invite = page.getByRole('form', { name: 'Invite a user' });
  await invite.getByRole('textbox', { name: 'Email' }).fill('lin at example.org');
  await invite.getByRole('textbox', { name: 'Name' }).fill(invitee.name);
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  const emailError = invite.locator('[id$="-error"]').first();
  await emailError.waitFor();
  steps.push('invite field error: ' + (await emailError.innerText()));
  await check(page, 'users-invite-error');
  await invite.getByRole('textbox', { name: 'Email' }).fill(invitee.email);
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await invite.getByRole('status').filter({ hasText: 'Invited' }).waitFor();
  steps.push('invite: ' + (await invite.getByRole('status').innerText()));
  await card(page, invitee.name).getByText('Invited', { exact: true }).waitFor();
  steps.push('listed as invited');
  await shoot(page, 'admin-users');

  // The invited user follows the link from the email, sets a password in the app and signs in.
  const link = new URL(await invitationLink(invitee.email));
  steps.push('invitation email links to ' + link.pathname);
  if (link.pathname !== '/set-password') throw new Error(`The invitation links to ${link.pathname}, not the app's /set-password`);
  const user = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...options });
  const their = await user.newPage();
  their.setDefaultTimeout(30000);
  await their.goto(`${base}${link.pathname}${link.search}`, { waitUntil: 'networkidle' });
  await their.getByRole('heading', { name: 'Set your password' }).waitFor();
  await check(their, 'set-password');
  await their.getByLabel('New password', { exact: false }).first().fill(invitee.password);
  await their.getByLabel('Repeat the password', { exact: false }).first().fill(invitee.password);
  await their.getByRole('button', { name: 'Set password' }).click();
  await their.getByText('Your password is set').waitFor();
  await their.getByRole('link', { name: 'Sign in', exact: true }).click();
  await their.getByRole('textbox', { name: 'Email' }).fill(invitee.email);
  await their.getByRole('textbox', { name: 'Password' }).fill(invitee.password);
  await their.getByRole('button', { name: 'Sign in' }).click();
  await their.getByRole('heading', { name: 'Schedules' }).waitFor();
  steps.push('invited user signed in');
  steps.push(`member sees Admin menu: ${await their.getByRole('button', { name: 'Admin' }).count()}`);
  await their.goto(base + '/admin/users', { waitUntil: 'networkidle' });
  await their.getByText('Not allowed').waitFor();
  steps.push('member on /admin/users: ' + (await their.getByRole('alert').innerText()).replace(/\s+/g, ' '));
  await check(their, 'not-allowed');
  await their.goto(base + '/my-account', { waitUntil: 'networkidle' });
  await their.getByRole('heading', { name: 'Your account' }).waitFor();
  await their.getByText('This browser').waitFor();
  steps.push(`member account lists ${await their.getByRole('list', { name: 'Your sessions' }).getByRole('listitem').count()} session(s)`);

  // The admin's API key: created with the secret shown once, working, then revoked after a confirmation.
  await page.getByRole('link', { name: 'API keys' }).click();
  await page.getByRole('heading', { name: 'API keys' }).waitFor();
  await page.getByRole('textbox', { name: 'Name of the new key' }).fill('Nightly export');
  await page.getByRole('button', { name: 'Create key' }).click();
  const secret = (await page.getByTestId('api-key-secret').innerText()).trim();
  await page.getByRole('button', { name: 'Copy the secret' }).waitFor();
  steps.push(`secret shown: ${secret.slice(0, 4)}… with a copy button`);
  steps.push('key works: ' + (await graphqlStatus(secret)));
  await check(page, 'api-keys-created');
  await shoot(page, 'admin-api-keys');
  await page.reload({ waitUntil: 'networkidle' });
  steps.push(`secret shown again after reload: ${(await page.getByTestId('api-key-secret').count()) > 0}`);
  await page.getByRole('button', { name: 'Revoke Nightly export' }).click();
  const confirm = page.getByRole('dialog');
  await confirm.getByText('cannot be undone').waitFor();
  await check(page, 'api-keys-revoke-confirm');
  await confirm.getByRole('button', { name: 'Revoke key' }).click();
  await page.getByRole('row').filter({ hasText: 'Nightly export' }).getByText('revoked').waitFor();
  steps.push('revoked key: ' + (await graphqlStatus(secret)));

  // Roles: demoting the last admin is refused with the server's reason; the member is promoted and demoted again.
  await openAdmin(page, 'Users');
  await page.getByRole('heading', { name: 'Users', exact: true }).waitFor();
  const mine = page.getByRole('listitem').filter({ hasText: '(you)' });
  await mine.getByRole('combobox').selectOption('MEMBER');
  await mine.getByRole('alert').waitFor();
  steps.push('demote last admin: ' + (await mine.getByRole('alert').innerText()));
  const lin = card(page, invitee.name);
  await lin.getByRole('combobox').selectOption('ADMIN');
  await lin.getByText('Role changed to Administrator').waitFor();
  await lin.getByRole('combobox').selectOption('MEMBER');
  await lin.getByText('Role changed to Member').waitFor();
  steps.push('role changed to admin and back');

  // End their sessions: their next request finds them signed out.
  await lin.getByRole('button', { name: 'End sessions' }).click();
  await lin.getByText(/Ended \d+ session/).waitFor();
  steps.push('end sessions: ' + (await lin.getByRole('status').innerText()));
  await their.reload({ waitUntil: 'networkidle' });
  await their.getByRole('heading', { name: 'Sign in to ReportGraph' }).waitFor();
  steps.push('after end sessions the user is at ' + new URL(their.url()).pathname);

  // They sign in again; then the admin disables them: signed out again and unable to sign in.
  await their.getByRole('textbox', { name: 'Email' }).fill(invitee.email);
  await their.getByRole('textbox', { name: 'Password' }).fill(invitee.password);
  await their.getByRole('button', { name: 'Sign in' }).click();
  // Signing in returns them to where they were (the account page).
  await their.getByRole('heading', { name: 'Your account' }).waitFor();
  await lin.getByRole('button', { name: 'Disable' }).click();
  await lin.getByText('Disabled', { exact: true }).waitFor();
  steps.push('disable: ' + (await lin.getByRole('status').innerText()));
  await their.reload({ waitUntil: 'networkidle' });
  await their.getByRole('heading', { name: 'Sign in to ReportGraph' }).waitFor();
  await their.getByRole('textbox', { name: 'Email' }).fill(invitee.email);
  await their.getByRole('textbox', { name: 'Password' }).fill(invitee.password);
  await their.getByRole('button', { name: 'Sign in' }).click();
  await their.getByRole('alert').waitFor();
  steps.push('disabled user signing in: ' + (await their.getByRole('alert').innerText()).replace(/\s+/g, ' '));
  await check(page, 'users-after-actions');

  // SMTP settings: a preset fills the server; a closed port fails at "Connect"; the test server works; the saved
  // password is never shown back.
  await openAdmin(page, 'SMTP settings');
  await page.getByRole('heading', { name: 'SMTP settings' }).waitFor();
  await check(page, 'smtp');
  const presetPicker = page.getByRole('combobox', { name: 'Start from a provider' });
  const presetValue = await presetPicker.locator('option').nth(1).getAttribute('value');
  await presetPicker.selectOption(presetValue);
  steps.push(`preset ${presetValue} fills host ${await page.getByRole('textbox', { name: 'Host' }).inputValue()}`);
  await page.getByRole('textbox', { name: 'Host' }).fill('127.0.0.1');
  await page.getByRole('textbox', { name: 'Port' }).fill(closedPort);
  await page.getByRole('combobox', { name: 'Security' }).selectOption('NONE');
  await page.getByRole('textbox', { name: 'Sender address' }).fill('reports@example.test');
  await page.getByRole('button', { name: 'Test connection' }).click();
  const failed = page.getByRole('alert').filter({ hasText: 'connection test failed' });
  await failed.waitFor();
  steps.push('test closed port: ' + (await failed.innerText()).split('\n')[0]);
  await check(page, 'smtp-test-failed');
  await shoot(page, 'admin-smtp');
  await page.getByRole('textbox', { name: 'Port' }).fill(smtpPort);
  await page.getByRole('button', { name: 'Test connection' }).click();
  await page.getByText('The connection test worked').waitFor();
  steps.push('test SMTP server: worked');
  await page.getByRole('textbox', { name: 'User name' }).fill('mailer');
  await page.getByLabel('Password', { exact: true }).fill('s3cret-smtp-pass');
  await page.getByRole('button', { name: 'Save' }).click();
  const saved = page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: /^Saved\.|not saved/ });
  await saved.waitFor();
  steps.push('save: ' + (await saved.innerText()));
  if (!(await saved.innerText()).startsWith('Saved.')) throw new Error('Saving the SMTP settings failed: ' + (await page.locator('[id$="-error"]').allInnerTexts()).join(' | '));
  await page.reload({ waitUntil: 'networkidle' });
  await page.getByText('A password is saved').waitFor();
  const shownPassword = await page.getByLabel('Password', { exact: true }).inputValue();
  const html = await page.content();
  steps.push(`after reload the password field holds "${shownPassword}", page has the password: ${html.includes('s3cret-smtp-pass')}`);
  await page.getByRole('button', { name: 'Test connection' }).click();
  const authFailed = page.getByRole('alert').filter({ hasText: 'connection test' });
  await authFailed.waitFor();
  steps.push('test with the saved password: ' + (await authFailed.innerText()).split('\n')[0]);

  // Report types with their availability.
  await openAdmin(page, 'Report types');
  await page.getByRole('heading', { name: 'Report types' }).waitFor();
  const types = page.getByRole('list', { name: 'Report types' }).getByRole('listitem');
  await types.first().waitFor();
  steps.push(`report types: ${await types.count()}, available: ${await page.getByText('Available', { exact: true }).count()}`);
  await check(page, 'report-types');
  await shoot(page, 'admin-report-types');

  // The admin's own account: sessions and the change-password form (a wrong current password is refused at its field).
  await page.getByRole('link', { name: 'Your account' }).click();
  await page.getByRole('heading', { name: 'Your account' }).waitFor();
  await page.getByLabel('Current password', { exact: false }).first().fill('not my password at all');
  await page.getByLabel('New password', { exact: false }).first().fill('a brand new password 1');
  await page.getByLabel('Repeat the new password', { exact: false }).first().fill('a brand new password 1');
  await page.getByRole('button', { name: 'Change password' }).click();
  const pwError = page.locator('[id$="-error"]').first();
  await pwError.waitFor();
  steps.push('change password with a wrong current one: ' + (await pwError.innerText()));
  await page.locator('body').focus();
  await tabTo(page, 'Change password');
  await check(page, 'account');
  await shoot(page, 'account');

  // Delete the user, giving their schedules to the admin (the choice the API offers), after a confirmation.
  await openAdmin(page, 'Users');
  await lin.getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'Give them to another user' }).waitFor();
  await check(page, 'users-delete-confirm');
  await shoot(page, 'admin-delete-user');
  await dialog.getByRole('button', { name: 'Delete user' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await lin.waitFor({ state: 'detached' });
  steps.push('deleted the user');

  // The same screens 390 px wide (a phone), through the phone menu.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, storageState: await admin.storageState(), ...options });
  const small = await phone.newPage();
  small.setDefaultTimeout(30000);
  await small.goto(base + '/', { waitUntil: 'networkidle' });
  await small.getByRole('button', { name: 'Menu' }).click();
  await small.getByRole('menuitem', { name: 'Users' }).click();
  await small.getByRole('heading', { name: 'Users', exact: true }).waitFor();
  let overflow = 0;
  for (const [path, heading, name] of [['/admin/users', 'Users', 'admin-users-phone'], ['/admin/smtp', 'SMTP settings', 'admin-smtp-phone'], ['/admin/report-types', 'Report types', 'admin-report-types-phone'], ['/my-account', 'Your account', 'account-phone'], ['/api-keys', 'API keys', 'api-keys-phone']]) {
    await small.goto(base + path, { waitUntil: 'networkidle' });
    await small.getByRole('heading', { name: heading, exact: true }).waitFor();
    await check(small, name);
    await shoot(small, name);
    overflow = Math.max(overflow, await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth));
  }
  steps.push(`phone horizontal overflow: ${overflow}px`);
  result.phoneOverflow = overflow;
  result.ok = true;
} catch (e) {
  result.error = String(e?.message ?? e).slice(0, 2000);
  // What each user saw when it failed, for the test's message.
  for (const open of browser.contexts().flatMap((c) => c.pages())) {
    result.error += '\n--- Page text: ' + (await open.locator('body').innerText().catch(() => '')).slice(0, 1200) + '\nURL: ' + open.url();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
