// The package's types in use (test web.types): compiled with tsc --strict, never run. A
// mistake in index.d.mts, or a type that no longer fits these calls, fails the test.
import { load, CareertalkError, EXIT, type ScheduleRow, type SummaryRow } from '../package/index.mjs';

const ct = await load();
const people = new TextEncoder().encode('id,hire_date\nE1,2020-02-29\n');
const schedule = ct.schedule({ people, events: [{ name: 'events.csv', data: '', map: 'kind,type\n' }], asOf: '2026-11-23', keep: ['name'] });
const overdue: ScheduleRow[] = schedule.answer.rows.filter((r) => r.status === 'overdue');
const csv: string = ct.schedule({ people, format: 'csv', lang: 'fr' }).answer;
const counts: SummaryRow[] = ct.summary({ people, until: '2027-06-30' }).answer;
const svg: string = ct.timeline({ people, id: 'E1' }).answer;
const words: string = ct.labels({ lang: 'nl' }).answer.status['overdue'] ?? '';
const code: 0 | 2 = ct.validate({ people }).code;
const raw = ct.run(['schedule', { file: 0 }, '--as-of', '2026-11-23'], [{ name: 'people.csv', data: people }]);
const failed = (e: unknown): boolean => e instanceof CareertalkError && e.code === EXIT.usage;
export const used = [overdue, csv, counts, svg, words, code, raw.output.length, failed];
