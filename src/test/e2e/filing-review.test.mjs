// NF-3 in Tasklist: a filing whose real-person authentication failed is reviewed by filing.reviewer, who opens it by
// its serial number, compares the hand-held ID photo with the filer's registry portrait and rejects it with a
// reason; the filer's application then shows the result.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, loginToTasklist, claimTask, api, citizenToken, BASE, assertChineseForm, assertChineseList,
  closePhoto, completeButton, enlargePhoto, messageUnder, openTaskBySerial, progressOf, screenshot } from './browser.mjs';

const photo = readFileSync(new URL('../../main/resources/registry/photos/440802198503120018.jpg', import.meta.url));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function fileWithFailedRealPersonCheck() {
  const filer = await citizenToken('13800000001');
  const vehicle = { plateType: '02', plateNumber: '粤GA1234', engineNumberSuffix: '123456' };
  const sent = await api('/vehicle-filings/owner-sms-codes', { token: filer, method: 'POST', body: vehicle });
  assert.equal(sent.status, 202, JSON.stringify(sent.body));
  const inbox = await api('/demo/sms-inbox?phone=13800000011', { token: filer });
  const code = inbox.body[0].text.match(/验证码(\d{6})/)[1];
  const filed = await api('/vehicle-filings/by-sms-code', { token: filer, method: 'POST',
    body: { ...vehicle, code, relation: 'PARENT', livenessToken: 'fail' } });
  assert.equal(filed.status, 201, JSON.stringify(filed.body));

  const form = new FormData();
  form.append('photo', new Blob([photo], { type: 'image/jpeg' }), 'id-photo.jpg');
  const upload = await fetch(`${BASE}/api/v1/vehicle-filings/${filed.body.filingId}/id-photo`,
    { method: 'POST', headers: { Authorization: `Bearer ${filer}` }, body: form });
  assert.equal(upload.status, 200, await upload.text());
  return { filer, serial: filed.body.serialNumber };
}

test('filing.reviewer compares the photo with the registry portrait and rejects it with a reason', async () => { // NF-3
  const { filer, serial } = await fileWithFailedRealPersonCheck();
  const page = await loginToTasklist(browser, 'filing.reviewer');
  await assertChineseList(page);
  await openTaskBySerial(page, serial);
  await assertChineseForm(page, `备案申请 ${serial}`);
  assert.ok(await page.isVisible('text=徐明'), 'the owner is shown');
  const filerData = await page.textContent('#filer-data');
  assert.match(filerData, /张伟/);
  assert.match(filerData, /4408\*{10}0018/, 'the filer\'s document number, masked but checkable');
  await enlargePhoto(page, '手持证件照片');
  await closePhoto(page);
  await enlargePhoto(page, '备案人登记照片');
  await closePhoto(page);

  await claimTask(page);
  await page.selectOption('select[name="photoApproved"]', 'false');
  assert.equal(await messageUnder(page, 'rejectionReason'), '退办时须选择退办原因');
  assert.ok(await completeButton(page).isDisabled(), 'no completion without a reason');
  await page.selectOption('select[name="rejectionReason"]', 'NOT_THE_APPLICANT');
  await page.fill('textarea[name="reviewNote"]', '照片中的人与登记照片不符');
  await screenshot(page, 'filing-review');
  await completeButton(page).click();

  const detail = await progressOf(serial, filer, (d) => d.application.status === 'REJECTED');
  assert.match(detail.application.reason, /照片非申请人本人/, JSON.stringify(detail));
  await page.close();
});
