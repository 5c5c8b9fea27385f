// EL-3 in a real browser: a citizen uploads a photo through the API; photo.reviewer opens the task in Tasklist by
// its serial number, enlarges the uploaded and the retained photo, is told in Chinese what a rejection needs, rejects
// with a reason; the citizen is told why.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE, api, assertChineseForm, assertChineseList, citizenToken, claimTask, closePhoto, completeButton,
  enlargePhoto, launch, loginToTasklist, messageUnder, openTaskBySerial, progressOf, screenshot,
  zoomScreenshot } from './browser.mjs';

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

test('photo.reviewer opens the task by its serial, enlarges the photo, is told what is missing, rejects with a reason',
  async () => { // EL-3
    const token = await citizenToken(ZHANG_WEI);
    const serial = await uploadPhoto(token);

    const page = await loginToTasklist(browser, 'photo.reviewer');
    await assertChineseList(page);
    assert.ok(await page.getByText('照片审核员').first().isVisible(), 'the header names the reviewer in Chinese order');
    await openTaskBySerial(page, serial);
    await assertChineseForm(page, `电子驾驶证申请 ${serial}`);
    const licenceData = await page.textContent('#licence-data');
    assert.match(licenceData, /张伟/);
    assert.match(licenceData, /C1/);
    assert.match(licenceData, /提交时间\s*\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    assert.match(await page.textContent('#photo-rules'), /白色背景/);
    await enlargePhoto(page, '上传的照片');
    await zoomScreenshot(page, 'photo-review-zoom');
    await closePhoto(page);
    await enlargePhoto(page, '留存照片');
    await closePhoto(page);

    await claimTask(page);
    await page.selectOption('select[name="photoApproved"]', 'false');
    assert.equal(await messageUnder(page, 'rejectionReason'), '退回时须选择退回原因');
    assert.ok(await completeButton(page).isDisabled(), 'no completion without a reason');
    // the reasons are the review API's list
    const reasons = await page.$$eval('select[name="rejectionReason"] option', (o) => o.map((x) => x.value));
    assert.deepEqual(reasons.slice(0, 2), ['', 'BACKGROUND_NOT_WHITE']);
    await page.selectOption('select[name="rejectionReason"]', 'OTHER');
    assert.equal(await messageUnder(page, 'reviewNote'), '退回原因为“其他原因”时须填写审核意见');
    await page.selectOption('select[name="rejectionReason"]', 'HEAD_COVERED');
    await page.fill('textarea[name="reviewNote"]', '请摘下帽子重新拍摄');
    await screenshot(page, 'photo-review');
    await completeButton(page).click();

    const detail = await progressOf(serial, token, (d) => d.application.reason);
    assert.equal(detail.application.reason, '佩戴帽子、口罩、头巾或饰品（请摘下帽子重新拍摄）');
    const own = (await api(`/e-licence/applications/${serial}`, { token })).body;
    assert.equal(own.state, 'PHOTO_REJECTED');
    assert.equal(own.rejections, 1);
    await page.close();
  });
