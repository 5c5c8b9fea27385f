// Shared helpers of the browser checks: one headless Debian chromium, the app's base URL, Tasklist login.
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

/** Logs a reviewer in to Tasklist and waits until the task list is shown. */
export async function loginToTasklist(browser, user, password = DEMO_PASSWORD) {
  const page = await browser.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await page.goto(`${BASE}/camunda/app/tasklist/default/`);
  await page.fill('form input[type="text"]', user);
  await page.fill('form input[type="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForSelector('.filters, [cam-tasklist-filters]', { timeout: 60000 });
  return page;
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
