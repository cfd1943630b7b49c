// W1 peers: publicodes and json-rules-engine on the population careertalk_bench wrote, each
// checked equal to careertalk's answers (W1.csv) on every employee before any time is taken.
//
//   node run.mjs PEOPLE.csv EVENTS.csv W1.csv [--core CORE.txt] [--results FILE] [--min-seconds T]
//
// Exits 1, naming the first differing employee, when a peer disagrees. Throughput (employees
// in population order, for at least --min-seconds of CPU time, 2 by default) counts the work of a
// peer: the host's date facts (facts.mjs) plus the engine.
// --core reads careertalk's w1_employees_per_s (written by careertalk_bench) for the speedup.
import { readFileSync, writeFileSync } from 'node:fs';
import { readPopulation, readExpected, w1Facts, parseDate, formatDate } from './facts.mjs';
import { makePublicodes } from './w1_publicodes.mjs';
import { makeJsonRules } from './w1_json_rules.mjs';

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const [peoplePath, eventsPath, expectedPath] = args;
if (!expectedPath) { console.error('usage: node run.mjs PEOPLE.csv EVENTS.csv W1.csv [--core CORE.txt] [--results FILE] [--min-seconds T]'); process.exit(2); }
const minSeconds = Number(option('--min-seconds') ?? 2);
const asOf = parseDate('2026-11-23'); // benchmarks/population.hpp bench_as_of

const people = readPopulation(peoplePath, eventsPath);
const expected = readExpected(expectedPath);
if (expected.length !== people.length) { console.error(`peers: ${people.length} employees but ${expected.length} expected answers`); process.exit(1); }

let careertalkRate = null;
if (option('--core')) {
    const line = readFileSync(option('--core'), 'utf8').split('\n').find((l) => l.startsWith('w1_employees_per_s='));
    if (line) careertalkRate = Number(line.split('=')[1]);
}

const peers = [
    ['publicodes', makePublicodes()],
    ['json-rules-engine', makeJsonRules()],
];
const out = [];
let failed = false;
for (const [name, evaluate] of peers) {
    // Correctness first, on every employee.
    let mismatch = null;
    for (let i = 0; i < people.length && !mismatch; i++) {
        const r = await evaluate(w1Facts(people[i], asOf));
        const got = { id: people[i].id, interview: formatDate(r.interview), review: formatDate(r.review), penalty: r.penalty };
        const want = expected[i];
        if (got.id !== want.id || got.interview !== want.interview || got.review !== want.review || got.penalty !== want.penalty)
            mismatch = { got, want };
    }
    if (mismatch) {
        console.error(`peers: ${name} disagrees with careertalk on ${mismatch.want.id}: ` +
            `careertalk ${JSON.stringify(mismatch.want)}, ${name} ${JSON.stringify(mismatch.got)}`);
        failed = true;
        continue;
    }
    console.log(`${name}: agrees with careertalk on all ${people.length} employees`);
    // Then time the same employees in order (cycling) for at least minSeconds.
    // CPU time of the process, as careertalk_bench times its single-thread figures.
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
    let n = 0;
    const t0 = cpu();
    do {
        for (let k = 0; k < 64; k++, n++) await evaluate(w1Facts(people[n % people.length], asOf));
    } while (cpu() - t0 < minSeconds);
    const rate = n / (cpu() - t0);
    out.push(`${name}.w1_employees_per_s=${rate.toFixed(0)}`);
    if (careertalkRate) out.push(`${name}.speedup=${(careertalkRate / rate).toFixed(0)}`);
}
const text = out.join('\n');
if (text) console.log(text);
if (option('--results')) writeFileSync(option('--results'), text + '\n');
process.exit(failed ? 1 : 0);
