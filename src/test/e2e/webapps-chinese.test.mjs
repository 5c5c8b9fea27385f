// The webapps speak Chinese to a zh-CN browser: login, Tasklist (list and a task form), Cockpit dashboard and
// Admin users page show our labels, not the English originals; no Camunda 8 migration banner; reviewers see no
// "Start process" or "Create task" menu.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, loginToTasklist, api, citizenToken, BASE } from './browser.mjs';

const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';
const VIEWPORT = { width: 1366, height: 900 };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function zhPage() {
  return browser.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: VIEWPORT });
}

async function assertNoBanner(page) {
  assert.equal(await page.locator('.ce-eol-banner:visible').count(), 0, 'the migration banner is hidden');
  assert.ok(!(await page.innerText('body')).includes('Camunda 8'), 'no migration text on the page');
}

async function assertAbsent(page, ...english) {
  for (const text of english) {
    assert.equal(await page.getByText(text, { exact: true }).locator('visible=true').count(), 0, `"${text}" is not shown`);
  }
}

async function loginAs(page, app, user, password) {
  await page.goto(`${BASE}/camunda/app/${app}/default/`);
  await page.fill('form input[type="text"]', user);
  await page.fill('form input[type="password"]', password);
  await page.click('button[type="submit"]');
}

test('the login page is Chinese and has no migration banner', async () => {
  const page = await zhPage();
  await page.goto(`${BASE}/camunda/app/tasklist/default/`);
  await page.locator('button[type="submit"]:has-text("登录")').waitFor({ timeout: 60000 });
  assert.ok(await page.isVisible('input[placeholder="用户名"]'));
  assert.ok(await page.isVisible('input[placeholder="密码"]'));
  assert.ok(await page.getByText('交通管理网上办事').first().isVisible(), 'the app is named on the login page');
  await assertNoBanner(page);
  await assertAbsent(page, 'Please Log in', 'Log in', 'Username');
  await page.screenshot({ path: `${SHOTS}/webapps-login.png`, fullPage: true });
  await page.close();
});

test('an English browser still gets the English webapps', async () => {
  const page = await browser.newPage({ locale: 'en-US', viewport: VIEWPORT });
  await page.goto(`${BASE}/camunda/app/tasklist/default/`);
  await page.locator('button[type="submit"]:has-text("Log in")').waitFor({ timeout: 60000 });
  assert.ok(await page.isVisible('input[placeholder="Username"]'));
  await assertNoBanner(page);
  await page.close();
});

test('a reviewer sees Tasklist in Chinese, without start-process or create-task menus', async () => {
  const page = await loginToTasklist(browser, 'licence.clerk');
  await page.setViewportSize(VIEWPORT);
  await page.getByText('本组待办').first().waitFor({ timeout: 15000 });
  const search = 'input[placeholder="输入业务流水号后回车检索"]';
  await page.locator(`[cam-tasks] ${search}, ${search}`).first()
    .waitFor({ timeout: 15000 });
  assert.ok(await page.isVisible('text=某省公安厅交通警察总队 交通管理网上办事'), 'the office and app in the header');
  await assertNoBanner(page);
  await assertAbsent(page, 'Start process', 'Create task', '发起流程', '新建任务', 'Filter Tasks', 'Claim');
  await page.screenshot({ path: `${SHOTS}/webapps-tasklist-list.png`, fullPage: true });
  await page.close();
});

test('a task form in Tasklist is Chinese', async () => {
  // 刘芳's household changed since her last card, so she books an appointment that idcard.clerk reviews
  const token = await citizenToken('13800000004');
  const now = Date.parse((await api('/demo/clock', { token })).body.chinaTime + 'Z');
  const booked = await api('/id-card-reissues/appointments', { token, method: 'POST', body: {
    reason: 'LOST', preferredDate: new Date(now + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10), delivery: 'PICKUP' } });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));

  const page = await loginToTasklist(browser, 'idcard.clerk');
  await page.setViewportSize(VIEWPORT);
  const task = page.getByText('审核预约登记').first();
  await task.waitFor({ timeout: 60000 });
  await task.click();
  await page.waitForSelector('text=刘芳', { timeout: 30000 });
  assert.ok(await page.getByText('认领', { exact: true }).isVisible());
  for (const label of ['表单', '办理记录', '流程图', '说明', '设置跟进时间']) {
    assert.ok(await page.getByText(label, { exact: true }).first().isVisible(), `${label} is shown`);
  }
  await assertNoBanner(page);
  await assertAbsent(page, 'Claim', 'Form', 'History', 'Diagram', 'Set follow-up date', 'Set due date');
  await page.screenshot({ path: `${SHOTS}/webapps-tasklist-form.png`, fullPage: true });
  await page.close();
});

test('Cockpit dashboard is Chinese', async () => {
  const page = await zhPage();
  await loginAs(page, 'cockpit', 'admin', 'admin');
  await page.getByText('运行中的流程实例').first().waitFor({ timeout: 60000 });
  assert.ok(await page.isVisible('text=交通管理网上办事'));
  await assertNoBanner(page);
  await assertAbsent(page, 'Running Process Instances', 'Processes', 'Decisions', 'Deployments');
  await page.screenshot({ path: `${SHOTS}/webapps-cockpit-dashboard.png`, fullPage: true });
  await page.close();
});

test('Admin users page is Chinese', async () => {
  const page = await zhPage();
  await loginAs(page, 'admin', 'admin', 'admin');
  await page.goto(`${BASE}/camunda/app/admin/default/#/users`);
  await page.getByText('用户列表').first().waitFor({ timeout: 60000 });
  await page.screenshot({ path: `${SHOTS}/webapps-admin-users.png`, fullPage: true });
  await assertNoBanner(page);
  await assertAbsent(page, 'List of Users', 'Create New User', 'Users', 'Groups', 'Authorizations');
  await page.close();
});
