// What the browser journeys (web-app.mjs, web-admin.mjs) share: the Chromium they drive, axe-core checks that wait
// for the page to stop moving, full-page screenshots, and reading links out of the .eml files the test SMTP server wrote.
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

/** Debian's Chromium, headless, without the background traffic that would only slow a loaded CI machine. */
export function launchChromium(executablePath) {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

// axe measures colours as painted: a dialog still fading in has half-transparent text, so wait until every finite
// animation or transition (not a spinner's endless one) has finished.
export async function settled(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForFunction(() => document.getAnimations()
    .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity), null, { timeout: 10_000 });
}

/**
 * A check(page, screen) that runs axe-core once the page has settled, records serious and critical violations in
 * `violations` and a line per screen in `steps`; `exclude` names content that is not the app's (a report's own HTML).
 */
export function axeChecker(steps, violations, exclude) {
  return async (page, screen) => {
    await settled(page);
    let axe = new AxeBuilder({ page });
    if (exclude) axe = axe.exclude(exclude);
    const { violations: found } = await axe.analyze();
    for (const v of found.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
      violations.push({ screen, id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) });
    }
    steps.push(`axe ${screen}: ${found.length} violation(s) of any impact`);
  };
}

/** A shoot(page, name) writing <folder>/<name>.png of the whole page. */
export function screenshotter(folder) {
  return (page, name) => page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

/**
 * The .eml text with each MIME part decoded by its own Content-Transfer-Encoding, so a link is found whatever encoding
 * MimeKit chose. A 7bit part is left as it is: decoding it as quoted-printable would turn "?token=4C…" into "?tokenL…".
 */
export function decodedMail(raw) {
  let parts = [raw];
  for (const [, boundary] of raw.matchAll(/boundary="?([^";\r\n]+)"?/gi)) parts = parts.flatMap((p) => p.split('--' + boundary));
  return parts.map(decodedPart).join('\n');
}

function decodedPart(part) {
  const end = part.search(/\r?\n\r?\n/);
  const headers = end < 0 ? '' : part.slice(0, end);
  const body = end < 0 ? part : part.slice(end);
  switch (/^Content-Transfer-Encoding:\s*([\w-]+)/im.exec(headers)?.[1].toLowerCase()) {
    case 'quoted-printable':
      return headers + body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
    case 'base64':
      return headers + '\n' + Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8');
    default:
      return part;
  }
}
