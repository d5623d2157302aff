'use strict';
/**
 * The workbench's acceptance test (the renderer issue): drives the served UI in headless Chromium.
 *
 * demo log (null-spike, 200k rows) → `driftwood serve <log>` → Overview matches an independent DuckDB
 * count and column list → drift with the scenario's windows ranks the culprit (device_trust_score) in the
 * top 3 → its detail shows both distributions → a drift job is cancelled from the jobs tray and shows as
 * cancelled, not failed → the workspace is saved, the page reloaded, the workspace reopened, and the view
 * comes back. Any console error, page error or request to a host other than 127.0.0.1 fails the test.
 * Screenshots of every step go to test-output/screenshots/.
 *
 * Plain JavaScript (tsconfig.json keeps test/e2e out of the Node build); run it with `node scripts/run-tests.js e2e`
 * after `npm run build`. Needs Debian's chromium at /usr/bin/chromium (or DRIFTWOOD_CHROMIUM).
 */
const assert = require('node:assert/strict');
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { after, before, test } = require('node:test');
const { chromium } = require('playwright-core');

const root = path.resolve(__dirname, '..', '..');
const screenshots = path.join(root, 'test-output', 'screenshots');
const chromiumPath = process.env.DRIFTWOOD_CHROMIUM || '/usr/bin/chromium';
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Console errors tolerated: none. */
const knownConsoleErrors = [];

const run = { tmp: '', log: '', home: '', server: undefined, browser: undefined, page: undefined, url: '' };
const problems = { console: [], foreignRequests: [] };

before(async () => {
  for (const built of ['dist/renderer/app.js', 'dist/renderer/index.html', 'dist/electron/cli/main.js', 'dist/test/helpers/oracleDuckDb.js']) {
    assert.ok(fs.existsSync(path.join(root, built)), `${built} is missing: run \`npm run build\` first.`);
  }
  assert.ok(fs.existsSync(chromiumPath), `No Chromium at ${chromiumPath}: install it with \`apt-get install -y chromium\` or set DRIFTWOOD_CHROMIUM.`);
  fs.rmSync(screenshots, { recursive: true, force: true });
  fs.mkdirSync(screenshots, { recursive: true });
  run.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'driftwood-e2e-'));
  run.home = path.join(run.tmp, 'home');
  const demo = spawnSync(process.execPath, [path.join(root, 'bin', 'driftwood.js'), 'demo', '--out', path.join(run.tmp, 'demo'), '--rows', '200000',
    '--scenario', 'null-spike', '--quiet'], { env: { ...process.env, DRIFTWOOD_HOME: run.home }, encoding: 'utf8' });
  assert.equal(demo.status, 0, `driftwood demo failed: ${demo.stderr}`);
  run.log = path.join(run.tmp, 'demo', 'inference_log.parquet');

  run.server = spawn(process.execPath, [path.join(root, 'bin', 'driftwood.js'), 'serve', run.log], {
    env: { ...process.env, DRIFTWOOD_HOME: run.home }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  run.url = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`driftwood serve printed no URL in 30 s: ${output}`)), 30_000);
    run.server.stdout.on('data', (chunk) => {
      output += String(chunk);
      const match = /https?:\/\/\S+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    run.server.on('exit', (code) => reject(new Error(`driftwood serve exited with ${code}: ${output}`)));
  });
  assert.match(run.url, /^http:\/\/127\.0\.0\.1:\d+\/\?token=[^&]+&source=/);

  run.browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await run.browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    if (url.hostname !== '127.0.0.1') {
      problems.foreignRequests.push(route.request().url());
      return route.abort();
    }
    return route.continue();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && !knownConsoleErrors.some((known) => known.test(message.text()))) problems.console.push(message.text());
  });
  page.on('pageerror', (error) => problems.console.push(`page error: ${error.message}`));
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).hostname !== '127.0.0.1') problems.foreignRequests.push(socket.url());
  });
  run.page = page;
});

after(async () => {
  await run.browser?.close();
  if (run.server && run.server.exitCode === null) {
    const exited = new Promise((resolve) => run.server.once('exit', resolve));
    run.server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
  if (run.tmp) fs.rmSync(run.tmp, { recursive: true, force: true });
});

async function shot(name, { tall = false } = {}) {
  const page = run.page;
  if (tall) {
    const height = await page.evaluate(() => document.querySelector('.canvas')?.scrollHeight ?? 900);
    await page.setViewportSize({ width: 1440, height: Math.min(4000, Math.max(900, height + 44)) });
    await page.waitForTimeout(400);
  }
  await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
  if (tall) await page.setViewportSize({ width: 1440, height: 900 });
}

async function oracle(sql, params) {
  const { queryOracle } = require(path.join(root, 'dist', 'test', 'helpers', 'oracleDuckDb.js'));
  return queryOracle(sql, params);
}

async function waitForDriftDone(page, timeout = 120_000) {
  await page.locator('[data-testid=run-drift]').waitFor({ timeout });
  await page.locator('[data-testid=drift-results]').waitFor({ timeout });
}

test('the workbench: overview, drift, detail, cancel, workspace round trip', { timeout: 600_000 }, async (t) => {
  const page = run.page;
  await page.goto(run.url);

  await t.test('first view: the source from the URL opens on the Overview, counts match DuckDB', async () => {
    await page.locator('[data-testid=overview-facts]').waitFor({ timeout: 60_000 });
    const [{ n }] = await oracle('SELECT count(*)::INTEGER AS n FROM read_parquet($path)', { path: run.log });
    const described = await oracle('SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet($path))', { path: run.log });
    assert.equal(await page.locator('[data-testid=fact-rows]').textContent(), Number(n).toLocaleString('en-US'));
    assert.equal(await page.locator('[data-testid=fact-columns]').textContent(), String(described.length));
    const names = await page.locator('[data-testid=column-row] th').allTextContents();
    assert.deepEqual(names, described.map((row) => row.column_name));
    await page.locator('[data-testid=timeline-chart].js-plotly-plot').waitFor(); // the events-per-hour chart is drawn
    assert.ok(!(await page.url()).includes('token='), 'the access token is removed from the address bar');
    await page.waitForTimeout(300);
    await shot('01-overview');
    await shot('01-overview-full', { tall: true });
  });

  await t.test('sources page lists what is open and the recent logs', async () => {
    await page.locator('[data-testid=nav-sources]').click();
    await page.locator('[data-testid=current-source]').waitFor();
    assert.match(await page.locator('[data-testid=current-source]').textContent(), /inference_log\.parquet/);
    await shot('02-sources');
  });

  await t.test('drift with the scenario windows ranks device_trust_score in the top 3', async () => {
    await page.locator('[data-testid=nav-drift]').click();
    await page.locator('[data-testid=drift-setup]').waitFor();
    await page.locator('[data-testid=window-reference-start]').fill('2026-02-01');
    await page.locator('[data-testid=window-reference-end]').fill('2026-02-15');
    await page.locator('[data-testid=window-current-start]').fill('2026-02-19');
    await page.locator('[data-testid=window-current-end]').fill('2026-03-01');
    await page.locator('[data-testid=run-drift]').click();
    await page.locator('[data-testid=drift-running]').waitFor();
    await waitForDriftDone(page);
    const ranked = await page.locator('[data-testid=drift-row]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-column')));
    assert.ok(ranked.length > 10, `every compared column is listed (${ranked.length})`);
    assert.ok(ranked.slice(0, 3).includes('device_trust_score'), `device_trust_score is in the top 3: ${ranked.slice(0, 5).join(', ')}`);
    const level = await page.locator('[data-testid=drift-row][data-column=device_trust_score]').getAttribute('data-level');
    assert.ok(level === 'high' || level === 'medium', `the culprit is coloured as drifted (${level})`);
    assert.equal(await page.locator('[data-testid=heatmap] .js-plotly-plot').count(), 1, 'the column × day heatmap is drawn');
    await page.waitForTimeout(400);
    await shot('03-drift');
    await shot('03-drift-full', { tall: true });
  });

  await t.test('the culprit\'s detail shows both distributions, the statistics, a reading and the SQL', async () => {
    await page.locator('[data-testid=drift-row][data-column=device_trust_score] button').click();
    const detail = page.locator('[data-testid=column-detail][data-column=device_trust_score]');
    await detail.waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid=distribution-chart] .js-plotly-plot')?.data?.length === 2);
    const traces = await page.locator('[data-testid=distribution-chart] .js-plotly-plot').evaluate((plot) => plot.data.map((trace) => ({
      name: trace.name, total: (trace.orientation === 'h' ? trace.x : trace.y).reduce((sum, value) => sum + value, 0),
    })));
    assert.deepEqual(traces.map((trace) => trace.name), ['Reference', 'Current']);
    for (const trace of traces) assert.ok(Math.abs(trace.total - 1) < 1e-9, `${trace.name} shares sum to 1 (${trace.total})`);
    assert.match(await detail.locator('[data-testid=reading]').textContent(), /missing/i);
    assert.ok(await detail.locator('[data-testid=statistics-table] tbody tr').count() >= 5);
    await detail.locator('[data-testid=sql] summary').click();
    assert.match(await detail.locator('[data-testid=sql] pre').first().textContent(), /SELECT/);
    await page.locator('[data-testid=drift-results]').evaluate((element) => element.scrollIntoView());
    await page.locator('.drift-side').evaluate((element) => { element.scrollTop = 0; });
    await shot('04-column-detail');
  });

  await t.test('the heatmap can switch to the missing-rate change, where the null spike shows from Feb 19', async () => {
    await page.getByRole('button', { name: 'Show the missing-rate change over time' }).click();
    await page.locator('[data-testid=drift-running]').waitFor();
    await waitForDriftDone(page);
    await page.waitForFunction(() => document.querySelector('[data-testid=heatmap] .js-plotly-plot')?.data?.[0]?.colorbar?.title?.text === 'Missing-rate change');
    const row = await page.locator('[data-testid=heatmap] .js-plotly-plot').evaluate((plot) => {
      const [trace] = plot.data;
      return trace.z[trace.y.indexOf('device_trust_score')];
    });
    assert.ok(row.length >= 9, `one cell per day of the current window (${row.length})`);
    assert.ok(row.slice(1).every((value) => value > 0.05), `device_trust_score misses far more values every day after the 19th: ${row.join(', ')}`);
    await page.locator('[data-testid=heatmap]').evaluate((element) => element.scrollIntoView());
    await shot('04b-missing-over-time');
  });

  await t.test('a long drift job shows in the tray and Cancel ends it as cancelled, not as an error', async () => {
    // Exact statistics with both windows spanning the whole log: the heaviest drift this log allows.
    await page.locator('[data-testid=exact]').check();
    await page.locator('[data-testid=window-reference-start]').fill('');
    await page.locator('[data-testid=window-reference-end]').fill('2026-03-01');
    await page.locator('[data-testid=window-current-start]').fill('2026-02-01');
    await page.locator('[data-testid=window-current-end]').fill('');
    await page.locator('[data-testid=run-drift]').click();
    const job = page.locator('[data-testid=job][data-status=running]').filter({ hasText: 'Drift analysis' });
    await job.waitFor({ timeout: 10_000 });
    await shot('05-job-running');
    await job.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('[data-testid=job][data-status=cancelled]').waitFor({ timeout: 10_000 });
    await page.locator('[data-testid=drift-cancelled]').waitFor();
    assert.equal(await page.locator('[data-testid=error-notice]').count(), 0, 'no error is shown for a cancelled job');
    assert.equal(await page.locator('[data-testid=job][data-status=failed]').count(), 0, 'the tray shows no failed job');
    assert.match(await page.locator('[data-testid=job][data-status=cancelled] [data-testid=job-status]').textContent(), /Cancelled/);
    await shot('06-job-cancelled');
    await page.locator('[data-testid=exact]').uncheck();
  });

  const workspaceFile = () => path.join(run.tmp, 'workspaces', 'incident.driftwood.json');

  await t.test('the workspace saves sources, roles, windows, notes and the view', async () => {
    // Back to the scenario's windows and run again (the last run was cancelled), then edit a role and write a note.
    await page.locator('[data-testid=window-reference-start]').fill('2026-02-01');
    await page.locator('[data-testid=window-reference-end]').fill('2026-02-15');
    await page.locator('[data-testid=window-current-start]').fill('2026-02-19');
    await page.locator('[data-testid=window-current-end]').fill('2026-03-01');
    await page.locator('[data-testid=run-drift]').click();
    await page.locator('[data-testid=drift-running]').waitFor();
    await waitForDriftDone(page);
    await page.locator('[data-testid=drift-row][data-column=device_trust_score] button').click();

    await page.locator('[data-testid=nav-overview]').click();
    await page.getByLabel('Role of user_email').selectOption('ignore');
    await page.locator('[data-testid=overview-facts]').waitFor();
    await page.getByRole('button', { name: 'Notes' }).click();
    await page.locator('[data-testid=notes]').fill('device_trust_score goes null on android 5.4.0 from Feb 19.');
    await page.locator('[data-testid=nav-drift]').click();
    await page.locator('[data-testid=column-detail][data-column=device_trust_score]').waitFor();

    await page.locator('[data-testid=save-workspace]').click();
    await page.locator('[data-testid=workspace-path]').fill(workspaceFile());
    await shot('07-save-workspace');
    await page.locator('[data-testid=workspace-submit]').click();
    await page.locator('[data-testid=workspace-dialog]').waitFor({ state: 'detached' });
    const saved = JSON.parse(fs.readFileSync(workspaceFile(), 'utf8'));
    assert.equal(saved.schema, 'driftwood.workspace/v1');
    assert.equal(saved.sources.current, run.log);
    assert.deepEqual(saved.roles, { user_email: 'ignore' });
    assert.deepEqual(saved.windows, { mode: 'time', reference: { start: '2026-02-01', end: '2026-02-15' }, current: { start: '2026-02-19', end: '2026-03-01' } });
    assert.deepEqual(saved.view, { page: 'drift', selectedColumn: 'device_trust_score' });
    assert.match(saved.notes, /android 5\.4\.0/);
  });

  await t.test('after a reload, opening the workspace restores the view', async () => {
    await page.reload();
    await page.locator('[data-testid=overview-facts]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid=open-workspace]').click();
    await page.locator('[data-testid=workspace-path]').fill(workspaceFile());
    await page.locator('[data-testid=workspace-submit]').click();
    await page.locator('[data-testid=drift-page]').waitFor();
    await waitForDriftDone(page);
    await page.locator('[data-testid=column-detail][data-column=device_trust_score]').waitFor();
    assert.equal(await page.locator('[data-testid=window-reference-start]').inputValue(), '2026-02-01');
    assert.equal(await page.locator('[data-testid=window-reference-end]').inputValue(), '2026-02-15');
    assert.equal(await page.locator('[data-testid=window-current-start]').inputValue(), '2026-02-19');
    assert.equal(await page.locator('[data-testid=window-current-end]').inputValue(), '2026-03-01');
    const ranked = await page.locator('[data-testid=drift-row]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-column')));
    assert.ok(ranked.slice(0, 3).includes('device_trust_score'));
    assert.equal(await page.locator('[data-testid=drift-row][data-selected=true]').getAttribute('data-column'), 'device_trust_score');
    await page.waitForTimeout(300);
    await shot('08-workspace-restored');
    await page.getByRole('button', { name: 'Notes' }).click();
    assert.match(await page.locator('[data-testid=notes]').inputValue(), /android 5\.4\.0/);
    await shot('09-notes');
    await page.getByRole('button', { name: 'Notes' }).click();
    await page.locator('[data-testid=nav-overview]').click();
    assert.equal(await page.getByLabel('Role of user_email').inputValue(), 'ignore');
  });

  await t.test('no console errors and no request left 127.0.0.1', () => {
    assert.deepEqual(problems.console, []);
    assert.deepEqual(problems.foreignRequests, []);
  });
});

test('first launch without a source shows the empty state', { timeout: 60_000 }, async () => {
  const bare = new URL(run.url);
  bare.searchParams.delete('source');
  // A fresh context has no token cookie, so the bare URL keeps its token.
  const context = await run.browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') {
      problems.foreignRequests.push(route.request().url());
      return route.abort();
    }
    return route.continue();
  });
  const fresh = await context.newPage();
  const errors = [];
  fresh.on('console', (message) => {
    if (message.type() === 'error' && !knownConsoleErrors.some((known) => known.test(message.text()))) errors.push(message.text());
  });
  await fresh.goto(bare.toString());
  await fresh.getByRole('heading', { name: 'Open an inference log to begin' }).waitFor();
  await fresh.screenshot({ path: path.join(screenshots, '00-first-launch.png') });
  await fresh.locator('[data-testid=nav-drift]').click();
  await fresh.locator('[data-testid=drift-empty]').waitFor();
  await context.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(problems.foreignRequests, []);
});
