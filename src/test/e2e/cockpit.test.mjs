// An operator finds an application's process instance in Cockpit by its serial number (the business key).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, api, citizenToken, BASE } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('admin finds a licence-loss instance in Cockpit by its serial number', async () => {
  const token = await citizenToken('13800000001');
  // postal delivery: a window pickup would add a second handover task to licence.clerk's queue
  const address = (await api('/me/addresses', { token })).body[0];
  const application = { noticeAgreed: true, declarationConfirmed: true, licenceInfoConfirmed: true,
    deliveryMethod: 'POSTAL', addressId: address.id };
  // LL-5: the confirmation first; the SMS code is bound to what it showed
  const confirmation = await api('/licence-loss/applications/confirmation', { token, method: 'POST', body: application });
  assert.equal(confirmation.status, 200, JSON.stringify(confirmation.body));
  await api('/sms-codes', { token, method: 'POST',
    body: { purpose: 'LICENCE_LOSS_SUBMIT', reference: confirmation.body.smsReference } });
  const inbox = await api('/demo/sms-inbox?phone=13800000001', { token });
  const smsCode = inbox.body[0].text.match(/验证码(\d{6})/)[1];
  const submitted = await api('/licence-loss/applications', { token, method: 'POST',
    body: { ...application, smsCode } });
  assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
  const serial = submitted.body.serialNumber;

  const page = await browser.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await page.goto(`${BASE}/camunda/app/cockpit/default/`);
  await page.fill('form input[type="text"]', 'admin');
  await page.fill('form input[type="password"]', 'admin');
  await page.click('button[type="submit"]');
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/processes?searchQuery=` + encodeURIComponent(
    JSON.stringify([{ type: 'PIbusinessKey', operator: 'eq', value: serial }])));
  await page.getByText('驾驶证遗失补证').first().waitFor({ timeout: 60000 });
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/process-definition/`
    + (await definitionId(page, 'LicenceLossReplacement')) + '/runtime?searchQuery='
    + encodeURIComponent(JSON.stringify([{ type: 'PIbusinessKey', operator: 'eq', value: serial }])));
  await page.getByText(serial).first().waitFor({ timeout: 60000 });
  await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS ?? '/tmp'}/cockpit.png`, fullPage: true });
  await page.close();
});

/** The latest definition id, read through the webapp's own session-protected API. */
async function definitionId(page, key) {
  return page.evaluate(async (k) => {
    const response = await fetch(`/camunda/api/engine/engine/default/process-definition/key/${k}`,
      { headers: { Accept: 'application/json' } });
    return (await response.json()).id;
  }, key);
}
