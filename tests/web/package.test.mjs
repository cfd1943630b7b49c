// The npm package (web/package, docs/web.md) against the careertalk tool: the same files give
// the same answers, messages and errors, byte for byte where the output is text.
//
// Run by ctest (web.package) with node's test runner and, in the environment, CAREERTALK (the
// tool), CAREERTALK_WEB_DIR (the web build tree) and CAREERTALK_SOURCE (the source tree).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const TOOL = process.env.CAREERTALK;
const SOURCE = process.env.CAREERTALK_SOURCE;
const { load, CareertalkError, EXIT } = await import(path.join(process.env.CAREERTALK_WEB_DIR, 'package', 'index.mjs'));
const ct = await load();

const DATA = path.join(SOURCE, 'examples', 'data');
const CLI_DATA = path.join(SOURCE, 'tests', 'cli', 'data');
const file = (dir, name) => ({ name: path.basename(name), data: readFileSync(path.join(dir, name)) });

// The tool run in `dir` on files named as the package names them (their base names).
function tool(dir, args) {
    const r = spawnSync(TOOL, args, { cwd: dir });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString() };
}

test('schedule: the same rows, totals and messages as the tool (examples/data)', () => {
    const r = ct.schedule({ people: file(DATA, 'people.csv'), events: [file(DATA, 'events.csv')], asOf: '2026-11-23', keep: ['name'] });
    const native = tool(DATA, ['schedule', 'people.csv', 'events.csv', '--as-of', '2026-11-23', '--keep', 'name', '--format', 'json']);
    assert.equal(r.code, native.code);
    assert.deepEqual(r.answer, JSON.parse(native.stdout));
    assert.ok(r.answer.rows.length > 40);
    assert.deepEqual(r.messages, native.stderr.trimEnd().split('\n'));
});

test('summary in French: a Windows-1252 Silae export with maps, byte for byte', () => {
    const silae = path.join(DATA, 'silae');
    const maps = path.join(DATA, 'maps');
    const people = Object.assign(file(silae, 'salaries.csv'), { map: file(maps, 'silae-salaries.csv') });
    const events = ['absences', 'entretiens', 'formations'].map((n) =>
        Object.assign(file(silae, `${n}.csv`), { map: file(maps, `fr-${n}.csv`) }));
    const r = ct.summary({ people, events, asOf: '2026-11-23', lang: 'fr', format: 'csv', until: '2027-06-30' });
    const native = tool(DATA, ['summary', 'silae/salaries.csv', '--map', 'maps/silae-salaries.csv',
        ...events.flatMap((e) => ['--events', `silae/${e.name}:maps/${e.map.name}`]),
        '--as-of', '2026-11-23', '--lang', 'fr', '--format', 'csv', '--until', '2027-06-30']);
    assert.equal(r.answer, native.stdout.toString());
    assert.match(r.answer, /^\uFEFFRubrique;/);  // the byte-order mark spreadsheets need
    assert.match(r.answer, /incurred;;\d+;\d+;\d+,00;/);
});

test('timeline: the tool\'s SVG', () => {
    const r = ct.timeline({ people: file(DATA, 'people.csv'), events: file(DATA, 'events.csv'), asOf: '2026-11-23', id: 'E2' });
    const native = tool(DATA, ['timeline', 'people.csv', 'events.csv', '--as-of', '2026-11-23', '--id', 'E2']);
    assert.equal(r.answer, native.stdout.toString());
    assert.match(r.answer, /<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
});

test('rejected rows: exit code 2, answers for the others, messages naming file and line', () => {
    const exitCode = process.exitCode;
    const r = ct.schedule({ people: file(CLI_DATA, 'bad_date.csv'), asOf: '2026-11-23' });
    const native = tool(CLI_DATA, ['schedule', 'bad_date.csv', '--as-of', '2026-11-23', '--format', 'json']);
    assert.equal(r.code, EXIT.input);
    assert.equal(native.code, EXIT.input);
    assert.deepEqual(r.answer, JSON.parse(native.stdout));
    assert.deepEqual(r.messages, native.stderr.trimEnd().split('\n'));
    assert.ok(r.messages.some((m) => m.startsWith('bad_date.csv:')), r.messages.join('\n'));
    // The module's exit code does not become Node's.
    assert.equal(process.exitCode, exitCode);
});

test('usage errors throw a CareertalkError with the tool\'s message', () => {
    assert.throws(() => ct.schedule({ people: 'id,hire_date\nE1,2020-01-01\n', asOf: '2026-02-30' }),
        (e) => e instanceof CareertalkError && e.code === EXIT.usage && /--as-of/.test(e.message));
    assert.throws(() => ct.schedule({ asOf: '2026-01-01' }), (e) => e instanceof CareertalkError && /people: missing/.test(e.message));
    assert.throws(() => ct.schedule({ people: 'x', asof: '2026-01-01' }), /unknown option: asof/);
    assert.throws(() => ct.schedule({ people: 42 }), /people: expected a string, Uint8Array or ArrayBuffer/);
});

test('agenda, rules and labels: the tool\'s JSON', () => {
    const pairs = [
        [ct.agenda({ kind: 'entretien_professionnel', rules: 'fr', on: '2016-06-01', lang: 'fr' }),
            ['agenda', '--kind', 'entretien_professionnel', '--rules', 'fr', '--on', '2016-06-01', '--lang', 'fr', '--format', 'json']],
        [ct.rules({ rules: 'nl:cao-rijk' }), ['rules', '--rules', 'nl:cao-rijk', '--format', 'json']],
        [ct.labels({ lang: 'nl' }), ['labels', '--lang', 'nl']],
    ];
    for (const [r, args] of pairs) assert.deepEqual(r.answer, JSON.parse(tool(DATA, args).stdout), args.join(' '));
    const words = ct.labels({ lang: 'fr' }).answer;
    assert.equal(words.status.overdue, 'en retard');
    assert.equal(words.columns.schedule.due_date, 'Échéance');
});

test('text and bytes in, and one module for many questions', () => {
    const text = 'id,hire_date,birth_date,contract\nE1,2020-02-29,1990-01-01,cdi\n';
    const first = ct.schedule({ people: text, asOf: '2026-11-23' });
    const bytes = ct.schedule({ people: new TextEncoder().encode(text).buffer, asOf: '2026-11-23' });
    assert.deepEqual(first.answer, bytes.answer);
    for (let i = 0; i < 50; ++i) assert.deepEqual(ct.schedule({ people: text, asOf: '2026-11-23' }).answer, first.answer);
    const row = first.answer.rows.find((r) => r.obligation === 'entretien_professionnel');
    assert.equal(row.due_date, '2022-02-28');  // 29 February plus two years, clamped (docs/conventions.md#clamp)
});

test('the package lists its files and its types', () => {
    const dir = path.join(process.env.CAREERTALK_WEB_DIR, 'package');
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json')));
    for (const f of pkg.files) assert.ok(readFileSync(path.join(dir, f)).length > 0, f);
    assert.equal(pkg.exports['.'].import, './index.mjs');
    const types = readFileSync(path.join(dir, pkg.types), 'utf8');
    for (const q of ['schedule', 'audit', 'summary', 'timeline', 'validate', 'agenda', 'rules', 'labels', 'run']) {
        assert.match(types, new RegExp(`\\b${q}\\(`), q);
        assert.equal(typeof ct[q], 'function', q);
    }
});
