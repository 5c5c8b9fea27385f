// ID-3 in Tasklist: 李娜 (no fingerprints on record, so no online path) books an appointment; idcard.clerk opens it
// by its serial number, is told in Chinese that a time and a place are needed, picks an offered time and a known
// office; she is told by SMS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, loginToTasklist, claimTask, api, citizenToken, assertChineseForm, assertChineseList, completeButton,
  messageUnder, openTaskBySerial, screenshot } from './browser.mjs';

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
  const serial = booked.body.serialNumber;

  const page = await loginToTasklist(browser, 'idcard.clerk');
  await assertChineseList(page);
  await openTaskBySerial(page, serial);
  await assertChineseForm(page, `居民身份证补领 ${serial}`);
  assert.ok(await page.isVisible('text=李娜'));

  await claimTask(page);
  await page.selectOption('select[name="appointmentApproved"]', 'true');
  assert.equal(await messageUnder(page, 'appointmentTime'), '审核通过时须选择办理时间');
  assert.equal(await messageUnder(page, 'appointmentPlace'), '审核通过时须选择办理地点');
  assert.ok(await completeButton(page).isDisabled(), 'no approval without time and place');
  // ID-3: offered times lie ahead, written as every form writes them; places are the known offices
  const times = await page.$$eval('select[name="appointmentTime"] option', (o) => o.slice(1).map((x) => x.textContent));
  assert.ok(times.length > 0 && times.every((t) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(t)), times.join());
  assert.ok(times[0] > new Date(now).toISOString().slice(0, 16).replace('T', ' '), times[0]);
  await page.selectOption('select[name="appointmentTime"]', { index: 1 });
  await page.selectOption('select[name="appointmentPlace"]', '湛江市公安局海滨派出所户籍窗口');

  // the chosen time passes while the form is open: the server's refusal shows in the form, in Chinese alone
  await api('/demo/clock', { token, method: 'POST', body: { to: `${times[0].replace(' ', 'T').slice(0, 14)}01` } });
  await completeButton(page).click();
  const refusal = page.locator('.rf-refusal');
  await refusal.waitFor({ timeout: 30000 });
  assert.equal(await refusal.innerText(), '办理时间须晚于当前时间');
  const text = await page.innerText('body');
  assert.doesNotMatch(text, /ENGINE-\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/, 'no engine code, no task id');
  const [box, button] = [await refusal.boundingBox(), await completeButton(page).boundingBox()];
  assert.ok(box.y + box.height <= button.y, 'the message does not cover the buttons');

  await page.selectOption('select[name="appointmentTime"]', { index: times.length });
  await screenshot(page, 'idcard-appointment');
  await completeButton(page).click();
  // the next clerk task of the same application (fingerprints and fee) may take its place in the list
  await page.locator('.tasks-list li.task', { hasText: '审核预约登记' }).waitFor({ state: 'detached', timeout: 30000 });
  await page.close();

  const again = await citizenToken(PHONE); // the clock moved past the first token's expiry
  let told;
  for (let i = 0; i < 60 && !told; i++) {
    const inbox = (await api(`/demo/sms-inbox?phone=${PHONE}`, { token: again })).body;
    told = inbox.find(sms => sms.text.includes('海滨派出所'));
    if (!told) await new Promise(r => setTimeout(r, 1000));
  }
  assert.ok(told, 'an SMS names the place');
  assert.ok(told.text.includes(times[times.length - 1].slice(11)), told.text);
});
