// The page (web/page, docs/web.md) in headless Chromium, driven with puppeteer-core: opened
// from file:// with the network off, it answers a Silae export (Windows-1252, `;`, DD/MM/YYYY,
// French headers, maps) as the careertalk tool does; it makes no request beyond its own files;
// its screenshots are not blank; its exports are the tool's.
//
// Run by ctest (web.browser) with node's test runner. Environment: CAREERTALK (the tool),
// CAREERTALK_WEB_DIR (the web build tree), CAREERTALK_SOURCE, CHROMIUM (default
// /usr/bin/chromium) and CAREERTALK_SCREENSHOTS (where the PNGs go; docs/images refreshes the
// README's). Skipped, with a line saying so, without Chromium or puppeteer-core (npm ci in
// tests/web; cmake/quickstart.sh test does it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const TOOL = process.env.CAREERTALK;
const SOURCE = process.env.CAREERTALK_SOURCE;
const PAGE_DIR = path.join(process.env.CAREERTALK_WEB_DIR, 'page');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SHOTS = process.env.CAREERTALK_SCREENSHOTS || path.join(process.env.CAREERTALK_WEB_DIR, 'screenshots');
const DATA = path.join(SOURCE, 'examples', 'data');
const AS_OF = '2026-11-23';

let puppeteer = null;
try {
    puppeteer = createRequire(import.meta.url)('puppeteer-core');
} catch {
    puppeteer = null;
}
const missing = !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM} (Debian chromium)`
    : !puppeteer ? 'no puppeteer-core (run npm ci in tests/web)' : '';
if (missing) console.log(`careertalk-web: skipped: ${missing}`);

// The Silae example of the README, as the tool reads it from examples/data.
const EVENTS = ['absences', 'entretiens', 'formations'];
const toolArgs = ['silae/salaries.csv', '--map', 'maps/silae-salaries.csv',
    ...EVENTS.flatMap((n) => ['--events', `silae/${n}.csv:maps/fr-${n}.csv`]),
    '--as-of', AS_OF, '--keep', 'Nom,Prénom'];
function tool(...args) {
    const r = spawnSync(TOOL, args, { cwd: DATA });
    assert.ok(r.status === 0 || r.status === 2, r.stderr.toString());
    return r.stdout;
}
const json = (...args) => JSON.parse(tool(...args, '--format', 'json'));

// Distinct colours and the share of non-white pixels of a PNG, measured in a blank page.
async function inkOf(browser, png) {
    const p = await browser.newPage();
    const result = await p.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const g = c.getContext('2d');
        g.drawImage(img, 0, 0);
        const px = g.getImageData(0, 0, c.width, c.height).data;
        const colours = new Set();
        let ink = 0;
        for (let i = 0; i < px.length; i += 4) {
            colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
            if (px[i] + px[i + 1] + px[i + 2] < 720) ++ink;
        }
        return { colours: colours.size, ink: ink / (px.length / 4), width: c.width, height: c.height };
    }, Buffer.from(png).toString('base64'));
    await p.close();
    return result;
}

// Chromium as the machine's probe starts it (no background requests), the page opened from
// file:// with the network off; `use(page, downloads, requests, errors)` drives it.
async function withPage(use) {
    const browser = await puppeteer.launch({
        executablePath: CHROMIUM,
        headless: true,
        userDataDir: mkdtempSync(path.join(os.tmpdir(), 'careertalk-chromium-')),
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
            '--lang=en-GB'],
    });
    try {
        const page = await browser.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        const requests = [];
        page.on('request', (r) => requests.push(r.url()));
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
        await page.setOfflineMode(true);
        const downloads = mkdtempSync(path.join(os.tmpdir(), 'careertalk-downloads-'));
        const cdp = await page.createCDPSession();
        await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
        await page.goto(pathToFileURL(path.join(PAGE_DIR, 'index.html')).href);
        await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });
        await use(page, browser, downloads);
        // Nothing but the page's own files was asked for, and nothing failed.
        const own = pathToFileURL(PAGE_DIR).href + '/';
        assert.deepEqual(requests.filter((u) => !u.startsWith(own) && !u.startsWith('data:') && !u.startsWith('blob:')), []);
        assert.deepEqual(errors, []);
    } finally {
        await browser.close();
    }
}

test('the page answers a Silae export as the tool does, offline', { skip: missing || false, timeout: 180000 }, async () => {
    await withPage(async (page, browser, downloads) => {
        await page.select('#lang', 'en');

        // The files, as an HR person chooses them.
        await (await page.$('#people')).uploadFile(path.join(DATA, 'silae', 'salaries.csv'));
        await (await page.$('#people-map')).uploadFile(path.join(DATA, 'maps', 'silae-salaries.csv'));
        await (await page.$('#events')).uploadFile(...EVENTS.map((n) => path.join(DATA, 'silae', `${n}.csv`)));
        await (await page.$('#event-maps')).uploadFile(...EVENTS.map((n) => path.join(DATA, 'maps', `fr-${n}.csv`)));
        // Each events file is paired with its map by name.
        const pairs = await page.$$eval('#pair-list select', (ss) => ss.map((s) => s.selectedOptions[0].textContent));
        assert.deepEqual(pairs, EVENTS.map((n) => `fr-${n}.csv`));
        await page.$eval('#as-of', (e, d) => { e.value = d; }, AS_OF);
        await page.type('#keep', 'Nom,Prénom');
        await page.click('#answer');
        await page.waitForSelector('body[data-answered="1"]', { timeout: 60000 });

        // Counts by status: the tool's summary.
        const summary = json('summary', ...toolArgs);
        const counts = await page.$$eval('#counts li', (ls) => ls.map((l) => [l.dataset.status, Number(l.querySelector('.number').textContent)]));
        assert.deepEqual(counts, summary.filter((r) => r.section === 'status').map((r) => [r.item, r.count]));
        assert.ok(counts.length >= 3);

        // Due in the next three months, and the penalties under each reading.
        const due = json('schedule', ...toolArgs, '--due-within', '3m');
        assert.equal(await page.$$eval('#due tbody tr', (rs) => rs.length), due.rows.length);
        const readings = summary.filter((r) => r.section === 'projected').map((r) => r.item);
        assert.deepEqual(await page.$$eval('#penalties tbody tr', (rs) => rs.map((r) => r.cells[0].textContent)), readings);
        // Incurred and projected under each reading: euros, then employees in parentheses.
        const amounts = await page.$$eval('#penalties tbody tr', (rs) => rs.map((r) =>
            [1, 2].map((i) => r.cells[i].textContent.match(/^([^(]*)\((\d+)/).slice(1).map((x) => Number(x.replace(/[^0-9]/g, ''))))));
        const under = (section) => readings.map((n) => summary.find((r) => r.section === section && r.item === n));
        assert.deepEqual(amounts, readings.map((_, i) => [under('incurred_under')[i], under('projected')[i]].map((r) => [r.eur, r.employees])));
        assert.ok(under('incurred_under')[0].eur > 0);
        // Under the law as the library reads it, what is incurred is the summary's total.
        assert.equal(under('incurred_under')[0].eur, summary.find((r) => r.section === 'incurred_total').eur);

        // Three rows of the table against the tool's schedule: first, middle and last.
        const schedule = json('schedule', ...toolArgs);
        const rows = await page.$$eval('#schedule tbody tr', (rs) => rs.map((r) => ({ ...r.dataset, text: r.textContent })));
        assert.equal(rows.length, schedule.rows.length);
        for (const i of [0, rows.length >> 1, rows.length - 1]) {
            const want = schedule.rows[i];
            assert.deepEqual([rows[i].id, rows[i].obligation, rows[i].due, rows[i].status],
                [want.id, want.obligation, want.due_date || '', want.status], `row ${i}`);
            assert.ok(rows[i].text.includes(want.Nom), `row ${i} keeps Nom`);
        }
        // The words are the tool's.
        const labels = JSON.parse(tool('labels', '--lang', 'en'));
        assert.equal(await page.$eval('#schedule tbody tr .status', (s) => s.textContent), labels.status[schedule.rows[0].status]);

        // Sort by due date, descending on a second press; filter by an id.
        await page.click('#schedule th button[data-key="due_date"]');
        await page.click('#schedule th button[data-key="due_date"]');
        assert.equal(await page.$eval('#schedule th:has(button[data-key="due_date"])', (th) => th.getAttribute('aria-sort')), 'descending');
        const dues = await page.$$eval('#schedule tbody tr', (rs) => rs.map((r) => r.dataset.due).filter(Boolean));
        assert.deepEqual(dues, [...dues].sort().reverse());
        await page.type('#filter', 'S003');
        const ids = await page.$$eval('#schedule tbody tr', (rs) => rs.map((r) => r.dataset.id));
        assert.ok(ids.length > 0 && ids.every((id) => id === 'S003'), ids.join());

        // The summary's screenshot.
        mkdirSync(SHOTS, { recursive: true });
        const summaryPng = await (await page.$('#summary')).screenshot();
        writeFileSync(path.join(SHOTS, 'web-summary.png'), summaryPng);

        // One employee's timeline, by the keyboard: the tool's SVG, one group per obligation.
        await page.focus('#schedule tbody tr');
        await page.keyboard.press('Enter');
        await page.waitForSelector('#timeline svg');
        const svgTool = tool('timeline', ...toolArgs, '--id', 'S003').toString();
        const obligationsTool = (svgTool.match(/<g class="obligation /g) || []).length;
        assert.ok(obligationsTool > 0);
        assert.equal(await page.$$eval('#timeline svg g.obligation', (gs) => gs.length), obligationsTool);
        assert.ok(await page.$eval('#timeline svg g.obligation', (g) => g.querySelector('title').textContent.includes('C. trav.')));
        const timelinePng = await (await page.$('#timeline-section')).screenshot();
        writeFileSync(path.join(SHOTS, 'web-timeline.png'), timelinePng);

        // Neither picture is blank: many colours, and ink on a fair share of it.
        for (const [name, png] of [['summary', summaryPng], ['timeline', timelinePng]]) {
            const ink = await inkOf(browser, png);
            assert.ok(ink.colours >= 16 && ink.ink > 0.02 && ink.width > 300 && ink.height > 100, `${name}: ${JSON.stringify(ink)}`);
        }

        // Exports: the CSV is the tool's; the calendar has the tool's events.
        await page.$eval('#filter', (e) => { e.value = ''; e.dispatchEvent(new Event('input')); });
        await page.click('#export-csv');
        await page.click('#export-ics');
        const deadline = Date.now() + 20000;
        while (readdirSync(downloads).filter((f) => !f.endsWith('.crdownload')).length < 2 && Date.now() < deadline) {
            await new Promise((r) => setTimeout(r, 100));
        }
        assert.equal(readFileSync(path.join(downloads, 'careertalk-schedule.csv'), 'utf8'),
            tool('schedule', ...toolArgs, '--format', 'csv').toString());
        const vevents = (s) => (s.match(/BEGIN:VEVENT/g) || []).length;
        const ics = readFileSync(path.join(downloads, 'careertalk-schedule.ics'), 'utf8');
        assert.equal(vevents(ics), vevents(tool('schedule', ...toolArgs, '--format', 'ics', '--remind', '2w').toString()));
        assert.ok(vevents(ics) > 0 && ics.includes('BEGIN:VALARM'));

        // The printable report: totals, then one section with a timeline per employee.
        await page.evaluate(() => { window.print = () => { document.body.dataset.printed = 'true'; }; });
        await page.click('#print');
        await page.waitForSelector('body[data-printed="true"]');
        const employees = new Set(schedule.rows.map((r) => r.id)).size;
        assert.equal(await page.$$eval('#report .report-employee svg', (s) => s.length), employees);
        await page.emulateMediaType('print');
        assert.equal(await page.$eval('#report', (r) => getComputedStyle(r).display), 'block');
        assert.equal(await page.$eval('#inputs', (r) => getComputedStyle(r).display), 'none');
        await page.emulateMediaType('screen');

        // Accessibility: every control is named, status is written, not only coloured.
        const tree = await page.accessibility.snapshot({ interestingOnly: true });
        const unnamed = [];
        (function walk(n) {
            if (['combobox', 'textbox', 'button', 'searchbox', 'spinbutton'].includes(n.role) && !n.name) unnamed.push(n.role);
            for (const c of n.children || []) walk(c);
        })(tree);
        assert.deepEqual(unnamed, []);
        assert.ok(await page.$$eval('#schedule tbody .status', (ss) => ss.every((s) => s.textContent.trim().length > 0)));

        // French: the tool's French words.
        await page.select('#lang', 'fr');
        await page.waitForSelector('body[data-answered="2"]', { timeout: 60000 });
        const fr = JSON.parse(tool('labels', '--lang', 'fr'));
        const cards = await page.$$eval('#counts li .what', (ws) => ws.map((w) => w.textContent));
        assert.deepEqual(cards, summary.filter((r) => r.section === 'status').map((r) => fr.status[r.item]));
        assert.equal(await page.$eval('html', (h) => h.lang), 'fr');
    });
});

test('the page answers an AFAS export under a Dutch CAO, in Dutch', { skip: missing || false, timeout: 180000 }, async () => {
    await withPage(async (page) => {
        await page.select('#lang', 'nl');
        await (await page.$('#people')).uploadFile(path.join(DATA, 'afas', 'medewerkers.csv'));
        await (await page.$('#people-map')).uploadFile(path.join(DATA, 'maps', 'afas-medewerkers.csv'));
        await (await page.$('#events')).uploadFile(...['verzuim', 'gesprekken'].map((n) => path.join(DATA, 'afas', `${n}.csv`)));
        await (await page.$('#event-maps')).uploadFile(...['verzuim', 'gesprekken'].map((n) => path.join(DATA, 'maps', `nl-${n}.csv`)));
        await page.select('#rules', 'nl:cao-rijk');
        await page.$eval('#as-of', (e, d) => { e.value = d; }, AS_OF);
        await page.click('#answer');
        await page.waitForSelector('body[data-answered="1"]', { timeout: 60000 });

        const args = ['afas/medewerkers.csv', '--map', 'maps/afas-medewerkers.csv', '--events',
            'afas/verzuim.csv:maps/nl-verzuim.csv', '--events', 'afas/gesprekken.csv:maps/nl-gesprekken.csv',
            '--rules', 'nl:cao-rijk', '--as-of', AS_OF];
        const summary = json('summary', ...args);
        const nl = JSON.parse(tool('labels', '--lang', 'nl'));
        const cards = await page.$$eval('#counts li', (ls) => ls.map((l) => [l.querySelector('.number').textContent, l.querySelector('.what').textContent]));
        assert.deepEqual(cards, summary.filter((r) => r.section === 'status').map((r) => [String(r.count), nl.status[r.item]]));
        // No abondement under a CAO: the French penalties are not shown.
        assert.equal(await page.$eval('#penalties-block', (b) => b.hidden), true);
        const schedule = json('schedule', ...args);
        assert.equal(await page.$$eval('#schedule tbody tr', (rs) => rs.length), schedule.rows.length);
        assert.equal(await page.$eval('#schedule thead th:nth-child(2)', (th) => th.textContent), nl.columns.schedule.obligation);
        assert.equal(await page.$eval('#answer', (b) => b.textContent), 'Beantwoorden');
    });
});
