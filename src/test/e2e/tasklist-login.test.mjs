// Every demo reviewer can log in to Tasklist and sees the shared filter of their group's tasks.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { launch, loginToTasklist } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const user of ['licence.clerk', 'photo.reviewer', 'appeal.reviewer', 'filing.reviewer', 'idcard.clerk', 'idcard.head']) {
  test(`${user} logs in to Tasklist and sees the group filter`, async () => {
    const page = await loginToTasklist(browser, user);
    await page.waitForSelector('text=本组待办', { timeout: 15000 });
    assert.ok(await page.isVisible('text=本组待办'));
    await page.close();
  });
}

test('a wrong password does not open Tasklist', async () => {
  await assert.rejects(loginToTasklist(browser, 'licence.clerk', 'wrong-password', { attempts: 1 }));
});
