// ID-3 in Tasklist: 李娜 (no fingerprints on record, so no online path) books an appointment; idcard.clerk reviews
// the registration form in Tasklist and offers a time and place; she is told by SMS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, loginToTasklist, claimTask, api, citizenToken } from './browser.mjs';

const PHONE = '13800000002';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('idcard.clerk offers an appointment in Tasklist and the citizen is told when and where', async () => {
  const token = await citizenToken(PHONE);
  const now = Date.parse((await api('/demo/clock', { token })).body.chinaTime + 'Z');
  const day = (days) => new Date(now + days * 24 * 3600 * 1000).toISOString();
  const booked = await api('/id-card-reissues/appointments', { token, method: 'POST',
    body: { reason: 'LOST', preferredDate: day(7).slice(0, 10), delivery: 'PICKUP' } });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));

  const page = await loginToTasklist(browser, 'idcard.clerk');
  const task = page.getByText('审核预约登记').first();
  await task.waitFor({ timeout: 60000 });
  await task.click();
  await page.waitForSelector('text=李娜', { timeout: 30000 });
  await claimTask(page);
  await page.selectOption('select[name="appointmentApproved"]', 'true');
  await page.fill('input[name="appointmentTime"]', `${day(8).slice(0, 10)}T09:30:00`);
  await page.fill('[name="appointmentPlace"]', '湛江市公安局海滨派出所户籍窗口');
  await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS ?? '/tmp'}/idcard-appointment.png`, fullPage: true });
  await page.click('button:has-text("完成")');
  await page.waitForSelector('text=审核预约登记', { state: 'detached', timeout: 30000 });
  await page.close();

  let told;
  for (let i = 0; i < 60 && !told; i++) {
    const inbox = (await api(`/demo/sms-inbox?phone=${PHONE}`, { token })).body;
    told = inbox.find(sms => sms.text.includes('海滨派出所'));
    if (!told) await new Promise(r => setTimeout(r, 1000));
  }
  assert.ok(told, 'an SMS names the place');
});
