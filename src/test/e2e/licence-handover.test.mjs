// LL-4..LL-6 as people live them: a citizen applies for window pickup, the next working day the application is
// accepted (demo clock moved forward, job executor fires the timer), and licence.clerk hands the licence over in
// Tasklist, opened by its serial number, after checking the ID (asked for only when handing over); the citizen's
// progress then shows it collected.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, loginToTasklist, claimTask, api, citizenToken, assertChineseForm, assertChineseList, completeButton,
  messageUnder, openTaskBySerial, screenshot } from './browser.mjs';

const PHONE = '13800000010';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function waitFor(what, check, seconds = 120) {
  for (let i = 0; i < seconds; i++) {
    const value = await check();
    if (value) return value;
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(`timed out waiting for ${what}`);
}

test('licence.clerk hands a replacement licence over in Tasklist', async () => {
  let token = await citizenToken(PHONE);
  const application = { noticeAgreed: true, declarationConfirmed: true, licenceInfoConfirmed: true,
    deliveryMethod: 'WINDOW', pickupSiteId: 'ZJ-CGS' };
  // LL-5: the confirmation first; the SMS code is bound to what it showed
  const confirmation = await api('/licence-loss/applications/confirmation', { token, method: 'POST', body: application });
  assert.equal(confirmation.status, 200, JSON.stringify(confirmation.body));
  const code = await api('/sms-codes', { token, method: 'POST',
    body: { purpose: 'LICENCE_LOSS_SUBMIT', reference: confirmation.body.smsReference } });
  assert.equal(code.status, 202, JSON.stringify(code.body));
  const inbox = await api(`/demo/sms-inbox?phone=${PHONE}`, { token });
  const smsCode = inbox.body[0].text.match(/验证码(\d{6})/)[1];
  const submitted = await api('/licence-loss/applications', { token, method: 'POST',
    body: { ...application, smsCode } });
  assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
  const serial = submitted.body.serialNumber;

  // LL-6: nothing happens before the next working day; ten days on covers any holiday of the table
  const now = await api('/demo/clock', { token });
  const later = new Date(Date.parse(now.body.chinaTime + 'Z') + 10 * 24 * 3600 * 1000).toISOString().slice(0, 16);
  await api('/demo/clock', { token, method: 'POST', body: { to: later } });
  token = await citizenToken(PHONE);
  await waitFor('acceptance', async () =>
    (await api(`/applications/${serial}`, { token })).body.steps.some(s => s.step === '待领取'));

  const page = await loginToTasklist(browser, 'licence.clerk');
  await assertChineseList(page);
  await openTaskBySerial(page, serial);
  await assertChineseForm(page, `驾驶证遗失补证 ${serial}`);
  assert.ok(await page.isVisible('text=吴丹'));
  assert.match(await page.textContent('#pickup-data'), /领取截止时间\s*\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await claimTask(page);
  // a visit without handover needs no ID check; the handover does
  await page.selectOption('select[name="licenceHandedOver"]', 'false');
  assert.equal(await page.locator('input[name="idChecked"]').count(), 0);
  assert.ok(await completeButton(page).isEnabled());
  await page.selectOption('select[name="licenceHandedOver"]', 'true');
  assert.equal(await messageUnder(page, 'idChecked'), '发放驾驶证前须核验领证人的身份证件');
  assert.ok(await completeButton(page).isDisabled(), 'no handover without the ID check');
  await page.check('input[name="idChecked"]');
  await screenshot(page, 'licence-handover');
  await completeButton(page).click();
  await page.waitForSelector('.tasks-list li.task', { state: 'detached', timeout: 30000 });
  await page.close();

  const done = await waitFor('completion', async () => {
    const detail = (await api(`/applications/${serial}`, { token })).body;
    return detail.application.status === 'COMPLETED' && detail;
  }, 30);
  assert.ok(done.steps.some(s => s.step === '已领取'), JSON.stringify(done.steps));
});
