// Shared helpers of the browser checks: one headless Debian chromium, the app's base URL, Tasklist login.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE = process.env.E2E_BASE_URL ?? 'http://localhost:8080';
export const DEMO_PASSWORD = 'Demo@12345';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Logs a reviewer in to Tasklist and waits until the task list is shown. Tasklist may render its login form again
 * while its translations load, so a field filled too early can lose its text and the engine counts a failed login
 * (and locks the user for a few seconds): the values are checked before submitting, and a refused login is tried
 * again after the lock has passed — unless the caller expects the refusal.
 */
export async function loginToTasklist(browser, user, password = DEMO_PASSWORD, { attempts = 3 } = {}) {
  const page = await browser.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 900 } });
  for (let attempt = 1; ; attempt++) {
    try {
      await submitLogin(page, user, password);
      await page.waitForSelector('.filters, [cam-tasklist-filters]', { timeout: 30000 });
      return page;
    } catch (refused) {
      if (attempt >= attempts) throw refused;
      await page.waitForTimeout(5000);
    }
  }
}

async function submitLogin(page, user, password) {
  // the first visit of a freshly started app can stall on a loaded machine: load the page again then
  for (let visit = 1; ; visit++) {
    await page.goto(`${BASE}/camunda/app/tasklist/default/`, { waitUntil: 'networkidle' });
    try {
      await page.waitForSelector('form input[type="text"]', { timeout: 60000 });
      break;
    } catch (stalled) {
      if (visit === 3) throw stalled;
    }
  }
  const name = page.locator('form input[type="text"]');
  const secret = page.locator('form input[type="password"]');
  await name.fill(user);
  await secret.fill(password);
  assert.equal(await name.inputValue(), user);
  assert.equal(await secret.inputValue(), password);
  await page.click('button[type="submit"]');
}

/** Calls the citizen REST front. */
export async function api(path, { token, method = 'GET', body, auth } = {}) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (auth) headers.Authorization = `Basic ${Buffer.from(auth).toString('base64')}`;
  const response = await fetch(`${BASE}/api/v1${path}`, { method, headers, body: body && JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

export async function citizenToken(phone) {
  const { status, body } = await api('/auth/login', { method: 'POST', body: { phone, password: DEMO_PASSWORD } });
  if (status !== 200) throw new Error(`login of ${phone} answered ${status}`);
  return body.token;
}

/** Claims the open task: Tasklist enables the form only for the task's assignee. */
export async function claimTask(page) {
  const claim = page.getByText('认领', { exact: true });
  await claim.click();
  await claim.waitFor({ state: 'detached', timeout: 15000 });
}

/** Where the screenshots of the forms are kept for a person to look at (run-against-app.sh: target/e2e-screenshots). */
export const SCREENSHOTS = process.env.E2E_SCREENSHOTS
  ?? fileURLToPath(new URL('../../../target/e2e-screenshots/', import.meta.url));

/**
 * Tasklist scrolls the form inside its pane, so a form takes two pictures of the 1366×900 window: its top (data and
 * photos) and its decision block.
 */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.locator('.form-container form').evaluate((form) => form.scrollIntoView());
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  await page.locator('.rf-decision').evaluate((block) => block.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-decision.png`) });
}

/** The task list and its filters are Chinese: the group's filter, the search box, no English left in the list. */
export async function assertChineseList(page) {
  await page.waitForSelector('text=本组待办', { timeout: 30000 });
  const list = await page.innerText('[cam-tasklist-filters], .filters');
  assert.doesNotMatch(list, /\b(Filter|Filters|Created|Due|Follow-up|Claim|Tasks)\b/, list);
  assert.equal(await page.getAttribute('.search-field input.main-field', 'placeholder'), '输入业务流水号后回车检索');
}

/**
 * Opens the task of an application from the list by its serial number: Tasklist's search box, criterion
 * 业务流水号 (the process instance's business key), then the one task left in the list.
 */
export async function openTaskBySerial(page, serial) {
  await page.click('.search-field input.main-field');
  await page.locator('.search-field .dropdown-menu li', { hasText: /^\s*业务流水号\s*$/ }).first().click();
  // the new criterion opens its value field: type only once it has the focus, or the first characters are lost
  const value = page.locator('.search-field [cam-widget-search-pill] input:focus');
  await value.waitFor({ timeout: 10000 });
  await value.fill(serial);
  await value.press('Enter');
  await page.locator('.search-field [cam-widget-search-pill]', { hasText: serial }).waitFor({ timeout: 10000 });
  const entries = page.locator('.tasks-list li.task');
  await page.waitForFunction(() => document.querySelectorAll('.tasks-list li.task').length === 1,
    null, { timeout: 30000 });
  await entries.first().click();
  await page.waitForSelector('.rf-decision, .rf-load-error', { state: 'attached', timeout: 30000 });
}

/** The review form of the open task, once its data is shown, with nothing left in English. */
export async function assertChineseForm(page, heading) {
  await page.waitForSelector(`text=${heading}`, { timeout: 30000 });
  const text = await page.innerText('.form-container form');
  assert.doesNotMatch(text, /\b[A-Za-z]{4,}\b/, text);
}

/** A photo opens at its own size (not shrunk) when clicked, and closes again. */
export async function enlargePhoto(page, alt) {
  await page.waitForFunction((a) => {
    const img = document.querySelector(`img[alt="${a}"]`);
    return img && img.complete && img.naturalWidth > 0;
  }, alt, { timeout: 20000 });
  await page.click(`img[alt="${alt}"]`);
  const zoomed = page.locator(`.rf-zoom img[alt="${alt}（原图）"]`);
  await zoomed.waitFor({ timeout: 10000 });
  await page.waitForFunction((a) => {
    const img = document.querySelector(`.rf-zoom img[alt="${a}（原图）"]`);
    return img && img.complete && img.naturalWidth > 0;
  }, alt, { timeout: 20000 });
  const size = await zoomed.evaluate((img) => ({ shown: img.clientWidth, natural: img.naturalWidth }));
  assert.equal(size.shown, size.natural, 'the enlarged photo is shown at full size');
  return size;
}

export async function closePhoto(page) {
  await page.click('.rf-zoom-close');
  await page.locator('.rf-zoom').waitFor({ state: 'detached', timeout: 10000 });
}

/** The Chinese message under a field of the decision block. */
export async function messageUnder(page, field) {
  const message = page.locator('.rf-decision .form-group', { has: page.locator(`[name="${field}"]`) })
    .locator('.rf-message');
  await message.waitFor({ timeout: 10000 });
  return message.innerText();
}

/** Tasklist's complete button of the open task. */
export function completeButton(page) {
  return page.locator('button:has-text("完成")');
}

/** Polls the citizen's progress of an application until it satisfies the check. */
export async function progressOf(serial, token, check, seconds = 60) {
  let detail;
  for (let i = 0; i < seconds; i++) {
    detail = (await api(`/applications/${serial}`, { token })).body;
    if (check(detail)) return detail;
    await new Promise((r) => setTimeout(r, 1000));
  }
  assert.fail(`progress of ${serial}: ${JSON.stringify(detail)}`);
}

/** A picture of the window with the enlarged photo open. */
export async function zoomScreenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}
