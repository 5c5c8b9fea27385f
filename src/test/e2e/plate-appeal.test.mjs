// PA-1..PA-3 as people live them: 周杰's VIN is refused as already pre-selected (PP-9); he appeals with two
// photos; appeal.reviewer sees both and approves in Tasklist; pre-selection then accepts the VIN.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, loginToTasklist, claimTask, api, citizenToken, BASE } from './browser.mjs';

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

  const page = await loginToTasklist(browser, 'appeal.reviewer');
  const task = page.getByText('审核申诉资料').first();
  await task.waitFor({ timeout: 60000 });
  await task.click();
  for (const alt of ['身份证明照片', '购车发票照片']) {
    await page.waitForFunction((a) => {
      const img = document.querySelector(`img[alt="${a}"]`);
      return img && img.complete && img.naturalWidth > 0;
    }, alt, { timeout: 20000 });
  }
  assert.ok(await page.isVisible(`text=${VIN}`), 'the VIN is shown');
  await claimTask(page);
  await page.selectOption('select[name="appealApproved"]', 'true');
  await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS ?? '/tmp'}/plate-appeal.png`, fullPage: true });
  await page.click('button:has-text("完成")');
  await page.waitForSelector('text=审核申诉资料', { state: 'detached', timeout: 30000 });
  await page.close();

  let again;
  for (let i = 0; i < 60; i++) {
    again = await api('/plate-preselections', { token, method: 'POST', body: BASIC });
    if (again.status < 300) break;
    await new Promise(r => setTimeout(r, 1000));
  }
  assert.ok(again.status < 300, JSON.stringify(again.body));
});
