// PA-1..PA-3 as people live them: 周杰's VIN is refused as already pre-selected (PP-9); he appeals with two
// photos; appeal.reviewer opens the appeal by its serial number, sees the blocking record, enlarges both photos,
// ticks the PA-2 checks and approves in Tasklist; pre-selection then accepts the VIN.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, loginToTasklist, claimTask, api, citizenToken, BASE, assertChineseForm, assertChineseList,
  closePhoto, completeButton, enlargePhoto, messageUnder, openTaskBySerial, progressOf, screenshot } from './browser.mjs';

const PHONE = '13800000009';
const VIN = 'LDC643T45N3000009';
const BASIC = { vin: VIN, certificateNumber: 'WBJ370100000009', officeCode: '370100', noticeAccepted: true };
const photo = readFileSync(new URL('../../main/resources/registry/photos/440802198503120018.jpg', import.meta.url));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('appeal.reviewer approves an appeal in Tasklist and the VIN can be pre-selected again', async () => {
  const token = await citizenToken(PHONE);
  const refused = await api('/plate-preselections', { token, method: 'POST', body: BASIC });
  assert.equal(refused.body.code, 'VIN_ALREADY_PRESELECTED', JSON.stringify(refused.body));
  assert.equal(refused.body.appealPossible, true);

  const form = new FormData();
  form.append('vin', VIN);
  form.append('identityProof', new Blob([photo], { type: 'image/jpeg' }), 'id.jpg');
  form.append('invoice', new Blob([photo], { type: 'image/jpeg' }), 'invoice.jpg');
  const appeal = await fetch(`${BASE}/api/v1/plate-appeals`,
    { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
  assert.equal(appeal.status, 201, await appeal.clone().text());
  const serial = (await appeal.json()).serialNumber;

  const page = await loginToTasklist(browser, 'appeal.reviewer');
  await assertChineseList(page);
  await openTaskBySerial(page, serial);
  await assertChineseForm(page, `异常选号资料修改申诉 ${serial}`);
  assert.ok(await page.isVisible(`text=${VIN}`), 'the VIN is shown');
  const blocking = await page.textContent('#blocking-record');
  assert.match(blocking, /鲁A00710/);
  assert.match(blocking, /其他渠道 DEA\*+0001/, 'the holder, masked');
  assert.match(blocking, /2026-01-10 10:00/);
  await enlargePhoto(page, '身份证明照片');
  await closePhoto(page);
  await enlargePhoto(page, '购车发票照片');
  await closePhoto(page);

  await claimTask(page);
  await page.selectOption('select[name="appealApproved"]', 'true');
  // PA-2: approval only after both checks are ticked
  assert.equal(await messageUnder(page, 'identityProofMatches'), '申诉成立前须核对并勾选此项');
  assert.equal(await messageUnder(page, 'invoiceMatchesVin'), '申诉成立前须核对并勾选此项');
  assert.ok(await completeButton(page).isDisabled(), 'no approval without the PA-2 checks');
  await page.selectOption('select[name="appealApproved"]', 'false');
  const reasons = await page.$$eval('select[name="rejectionReason"] option', (o) => o.map((x) => x.value));
  assert.ok(reasons.includes('INVOICE_VIN_MISMATCH'), reasons.join());
  await page.selectOption('select[name="appealApproved"]', 'true');
  await page.check('input[name="identityProofMatches"]');
  await page.check('input[name="invoiceMatchesVin"]');
  await screenshot(page, 'plate-appeal');
  await completeButton(page).click();
  await page.waitForSelector('.tasks-list li.task', { state: 'detached', timeout: 30000 });
  await page.close();
  await progressOf(serial, token, (d) => d.application.status === 'COMPLETED');

  let again;
  for (let i = 0; i < 60; i++) {
    again = await api('/plate-preselections', { token, method: 'POST', body: BASIC });
    if (again.status < 300) break;
    await new Promise(r => setTimeout(r, 1000));
  }
  assert.ok(again.status < 300, JSON.stringify(again.body));
});
