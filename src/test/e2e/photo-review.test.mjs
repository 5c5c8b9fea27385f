// EL-3 in a real browser: a citizen uploads a photo through the API; photo.reviewer opens the task in Tasklist,
// sees the uploaded and the retained photo and the licence data, rejects with a reason; the citizen is told why.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE, api, citizenToken, claimTask, launch, loginToTasklist } from './browser.mjs';

const ZHANG_WEI = '13800000001';
const PHOTO = new URL('../../main/resources/registry/photos/440802198706060115.jpg', import.meta.url);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function uploadPhoto(token) {
  const form = new FormData();
  form.append('photo', new Blob([await readFile(PHOTO)], { type: 'image/jpeg' }), 'me.jpg');
  const response = await fetch(`${BASE}/api/v1/e-licence/applications`, {
    method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form,
  });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()).serialNumber;
}

async function loaded(page, selector) {
  await page.waitForFunction((s) => {
    const img = document.querySelector(s);
    return img && img.complete && img.naturalWidth > 0;
  }, selector, { timeout: 20000 });
  return page.$eval(selector, (img) => img.naturalWidth);
}

test('photo.reviewer sees both photos and the licence data, rejects with a reason, the citizen is told', async () => {
  const token = await citizenToken(ZHANG_WEI);
  const serial = await uploadPhoto(token);

  const page = await loginToTasklist(browser, 'photo.reviewer');
  const task = page.getByText('审核电子照片').first();
  await task.waitFor({ timeout: 60000 });
  await task.click();

  assert.ok(await loaded(page, '#uploaded-photo') > 0);
  assert.ok(await loaded(page, '#retained-photo') > 0);
  const licenceData = await page.textContent('#licence-data');
  assert.match(licenceData, /张伟/);
  assert.match(licenceData, /C1/);
  assert.match(await page.textContent('#photo-rules'), /白色背景/);

  await claimTask(page);
  await page.selectOption('select[name="photoApproved"]', 'false');
  await page.selectOption('#rejectionReason', 'HEAD_COVERED');
  await page.fill('#reviewNote', '请摘下帽子重新拍摄');
  await page.screenshot({ path: '/tmp/photo-review.png', fullPage: true });
  await page.click('button:has-text("完成")');

  let application;
  for (let i = 0; i < 30; i++) {
    application = (await api(`/applications/${serial}`, { token })).body.application;
    if (application.reason) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  assert.equal(application.reason, '佩戴帽子、口罩、头巾或饰品（请摘下帽子重新拍摄）');
  const own = (await api(`/e-licence/applications/${serial}`, { token })).body;
  assert.equal(own.state, 'PHOTO_REJECTED');
  assert.equal(own.rejections, 1);
  await page.close();
});
