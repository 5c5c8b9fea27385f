// The review queue tells tasks apart (SH-2): photo.reviewer sees each task as "serial · masked applicant · label",
// the earliest due first, a task past its due date marked, no bare priority number; typing a serial number into
// the search box and pressing Enter leaves that one task, and so does the criterion 业务流水号. Two citizens upload
// photos one working day apart (demo clock); the browser is set to the later time, when the first task is overdue
// and the second is not.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { BASE, api, citizenToken, launch, loginToTasklist } from './browser.mjs';

const SHOTS = process.env.E2E_SCREENSHOTS ?? new URL('../../../target/e2e-screenshots', import.meta.url).pathname;
const LI_NA = '13800000002';
const XU_MING = '13800000011';
const PHOTO = new URL('../../main/resources/registry/photos/440802198706060115.jpg', import.meta.url);
const SEPARATOR = ' · ';

let browser;
before(async () => {
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => { await browser?.close(); });

async function uploadPhoto(phone) {
  const token = await citizenToken(phone);
  const form = new FormData();
  form.append('photo', new Blob([await readFile(PHOTO)], { type: 'image/jpeg' }), 'me.jpg');
  const response = await fetch(`${BASE}/api/v1/e-licence/applications`, {
    method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form,
  });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()).serialNumber;
}

async function loginAsPhotoReviewer() {
  const page = await loginToTasklist(browser, 'photo.reviewer');
  await page.waitForSelector('text=本组待办', { timeout: 60000 });
  return page;
}

/** The task's due date as the engine holds it, read with the reviewer's own session. */
async function dueOf(page, serial) {
  const response = await page.request.get(
    `${BASE}/camunda/api/engine/engine/default/task?processInstanceBusinessKey=${serial}`);
  assert.equal(response.status(), 200);
  const [task] = await response.json();
  return new Date(task.due);
}

async function travelTo(date) {
  const token = await citizenToken(LI_NA);
  const chinaTime = new Date(date.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16);
  const moved = await api('/demo/clock', { token, method: 'POST', body: { to: chinaTime } });
  assert.equal(moved.status, 200, JSON.stringify(moved.body));
}

async function onlyTask(page, serial) {
  await page.waitForFunction((s) => {
    const tasks = [...document.querySelectorAll('.tasks-list li.task h4.task')];
    return tasks.length === 1 && tasks[0].textContent.includes(s);
  }, serial, { timeout: 30000 });
}

function entry(page, serial) {
  return page.locator('.tasks-list li.task', { hasText: serial });
}

test('photo.reviewer tells the tasks apart, sees the overdue one first and finds one by its serial', async () => {
  let page = await loginAsPhotoReviewer();
  const first = await uploadPhoto(LI_NA);
  const firstDue = await dueOf(page, first);
  await page.close();

  const later = new Date(firstDue.getTime() + 24 * 3600 * 1000);
  await travelTo(later);
  page = await loginAsPhotoReviewer();
  const second = await uploadPhoto(XU_MING);
  const secondDue = await dueOf(page, second);
  assert.ok(firstDue < later && later < secondDue, 'the first task is overdue at the reviewer\'s time, the second not');
  await page.clock.setFixedTime(later);
  await page.reload();
  await entry(page, second).waitFor({ timeout: 60000 });

  assert.match(await page.locator('[cam-sorting-choices] li.sorting-choice').first().innerText(), /到期时间/,
    'the sort header says what the list is sorted by');
  const names = await page.locator('.tasks-list li.task h4.task').allInnerTexts();
  assert.ok(names.includes(`${first}${SEPARATOR}李*${SEPARATOR}审核电子照片`), names.join('\n'));
  assert.ok(names.includes(`${second}${SEPARATOR}徐*${SEPARATOR}审核电子照片`), names.join('\n'));
  assert.ok(!names.some((n) => n.includes('李娜') || n.includes('徐明')), 'full names stay out of the list');
  assert.ok(names.indexOf(names.find((n) => n.startsWith(first)))
      < names.indexOf(names.find((n) => n.startsWith(second))), 'the earlier due task comes first');

  assert.equal(await entry(page, first).locator('.due-date.overdue').count(), 1, 'the first task is overdue');
  const marker = await entry(page, first).locator('.due-date').evaluate((el) => getComputedStyle(el, '::before').content);
  assert.match(marker, /已超期/);
  assert.equal(await entry(page, second).locator('.due-date.overdue').count(), 0, 'the second is not');
  assert.equal(await entry(page, first).locator('.priority').isVisible(), false, 'no bare priority number');
  await page.screenshot({ path: `${SHOTS}/queue-list.png` });

  const search = page.locator('[cam-widget-search] input.main-field');
  assert.equal(await search.getAttribute('placeholder'), '输入业务流水号后回车检索');
  await search.fill(second);
  await search.press('Enter');
  await onlyTask(page, second);
  await page.screenshot({ path: `${SHOTS}/queue-search.png` });

  // the criterion 业务流水号 searches the business key itself
  await page.goto(`${BASE}/camunda/app/tasklist/default/`);
  await entry(page, second).waitFor({ timeout: 60000 });
  await search.fill('业务流水号');
  await page.locator('[cam-widget-search] .dropdown-menu li', { hasText: /^\s*业务流水号\s*$/ }).click();
  await page.waitForFunction(() => document.activeElement?.closest('[cam-widget-search-pill]'));
  await page.keyboard.type(first);
  await page.keyboard.press('Enter');
  await onlyTask(page, first);
  assert.match(decodeURIComponent(page.url()), /"type":"processInstanceBusinessKey"/);
  await page.close();
});
