// NF-3 in Tasklist: a filing whose real-person authentication failed is reviewed by filing.reviewer, who sees the
// hand-held ID photo and the parties in the form and approves; the citizen's application then shows the result.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, loginToTasklist, claimTask, api, citizenToken, BASE } from './browser.mjs';

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

test('filing.reviewer approves a hand-held ID photo in Tasklist', async () => {
  const { filer, serial } = await fileWithFailedRealPersonCheck();
  const page = await loginToTasklist(browser, 'filing.reviewer');
  const task = page.getByText('审核手持证件照片').first();
  await task.waitFor({ timeout: 60000 });
  await task.click();

  await page.waitForSelector(`text=备案申请 ${serial}`, { timeout: 30000 });
  const photoLoaded = await page.waitForFunction(() => {
    const img = document.querySelector('img[alt="手持证件照片"]');
    return img && img.complete && img.naturalWidth > 0;
  }, null, { timeout: 15000 });
  assert.ok(photoLoaded);
  assert.ok(await page.isVisible('text=徐明'), 'the owner is shown');
  await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS ?? '/tmp'}/filing-review.png`, fullPage: true });

  await claimTask(page);
  await page.selectOption('select[name="photoApproved"]', 'true');
  await page.click('button:has-text("完成")');
  await page.waitForSelector('text=审核手持证件照片', { state: 'detached', timeout: 30000 });

  let application;
  for (let i = 0; i < 30; i++) {
    application = await api(`/applications/${serial}`, { token: filer });
    if (application.body.application.status === 'COMPLETED') break;
    await new Promise(r => setTimeout(r, 1000));
  }
  assert.equal(application.body.application.status, 'COMPLETED', JSON.stringify(application.body));
  await page.close();
});
