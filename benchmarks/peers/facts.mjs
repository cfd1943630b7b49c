// The host side of W1 for the peers: reading the CSV files and turning an employee's history
// into the dated facts the rules decide on.
//
// Neither engine can do this part: publicodes 1.10 compares dates and measures durations but
// cannot add years to a date (its roadmap item #1007), and json-rules-engine has no dates at
// all. So, as a host would, this code does the calendar arithmetic (years and months clamped
// to the month end, as careertalk/calendar.hpp) and the scans over the history (the periodic
// chain, returns from absence, état des lieux cycles), and the engines decide what is owed:
// the earliest pending interview, the pre-60 interview and the 50-employee threshold. The
// time reported for a peer includes this code. It mirrors benchmarks/w1.hpp (w1_hand).
import { readFileSync } from 'node:fs';

// ---- calendar: dates are day numbers since 1970-01-01 (H. Hinnant's civil algorithms) ----
export function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
export function civilFromDays(z) {
    z += 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp + (mp < 10 ? 3 : -9);
    return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
const lastDay = (y, m) => [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
export function addMonths(day, n) {
    const [y, m, d] = civilFromDays(day);
    const total = y * 12 + (m - 1) + n;
    const ny = Math.floor(total / 12), nm = total - ny * 12 + 1;
    return daysFromCivil(ny, nm, Math.min(d, lastDay(ny, nm)));
}
export const addYears = (day, n) => addMonths(day, 12 * n);
export const parseDate = (s) => (s ? daysFromCivil(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10)) : null);
export function formatDate(day) {
    if (day === null || day === undefined) return '';
    const [y, m, d] = civilFromDays(day);
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const D = (s) => parseDate(s);
const LOI_2014 = D('2014-03-07'), LOI_2016 = D('2016-08-10');
const COVID_FIRST = D('2020-01-01'), COVID_LAST = D('2021-06-30'), COVID_CATCH_UP = D('2021-09-30');
const LOI_2025 = D('2025-10-26'), LFSS_2026 = D('2025-12-31'), PACTE = D('2020-01-01');
const FAR = D('9999-12-31');

// ---- CSV (the generator's files: no quoted fields) -----------------------------------------
export function readPopulation(peoplePath, eventsPath) {
    const people = new Map();
    const order = [];
    const lines = readFileSync(peoplePath, 'utf8').split('\n');
    const head = lines[0].split(',');
    const col = (name) => head.indexOf(name);
    const [cId, cHire, cBirth, cEnd, cHead, cHist] =
        ['id', 'hire_date', 'birth_date', 'contract_end', 'headcount', 'headcount_history'].map(col);
    for (let i = 1; i < lines.length; i++) {
        if (!lines[i]) continue;
        const f = lines[i].split(',');
        const history = f[cHist] ? f[cHist].split(';').map((p) => p.split(':').map(Number)) : [];
        const e = {
            id: f[cId], hire: parseDate(f[cHire]), birth: parseDate(f[cBirth]),
            contractEnd: parseDate(f[cEnd]), headcount: f[cHead] === '' ? null : +f[cHead],
            history, absences: [], interviews: [], visits: [],
        };
        people.set(e.id, e);
        order.push(e);
    }
    const events = readFileSync(eventsPath, 'utf8').split('\n');
    for (let i = 1; i < events.length; i++) {
        if (!events[i]) continue;
        const [id, kind, date, end, detail] = events[i].split(',');
        const e = people.get(id);
        if (kind === 'interview') e.interviews.push({ kind: detail, date: parseDate(date) });
        else if (kind === 'absence') e.absences.push({ kind: detail, start: parseDate(date), end: parseDate(end) });
        else if (kind === 'visite_mi_carriere') e.visits.push(parseDate(date));
    }
    return order;
}

export function readExpected(path) {
    return readFileSync(path, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => {
        const [id, interview, review, penalty] = l.split(',');
        return { id, interview, review, penalty };
    });
}

// ---- the history scans ----------------------------------------------------------------------
const INTERVIEWS = new Set(['entretien_professionnel', 'etat_des_lieux', 'entretien_parcours_professionnel',
    'entretien_retour', 'entretien_avant_conge', 'entretien_mi_carriere', 'entretien_fin_carriere']);
const RETURNS = new Set(['conge_maternite', 'conge_adoption', 'conge_parental_education', 'temps_partiel_parental',
    'conge_proche_aidant', 'conge_sabbatique', 'mobilite_volontaire_securisee', 'mandat_syndical', 'arret_longue_maladie']);

function firstHeld(e, from, until, asOf, reviewsOnly = false) {
    let best = null;
    for (const i of e.interviews) {
        const kind = reviewsOnly ? i.kind === 'etat_des_lieux' : INTERVIEWS.has(i.kind);
        if (kind && from <= i.date && i.date < until && i.date <= asOf && (best === null || i.date < best)) best = i.date;
    }
    return best;
}

// An interview that falls due during a listed leave is moved to the return, as the library's
// fr::law does; a sick leave is listed once it passes 6 months.
const AWAY = new Set(['conge_maternite', 'conge_adoption', 'conge_parental_education', 'conge_proche_aidant',
    'conge_sabbatique', 'mobilite_volontaire_securisee', 'arret_longue_maladie', 'conge_solidarite_familiale',
    'conge_supplementaire_naissance']);
function atReturn(e, due, asOf) {
    for (const a of e.absences) {
        if (asOf < a.start || due < a.start || (a.end !== null && a.end < due)) continue;
        const away = AWAY.has(a.kind)
            || (a.kind === 'arret_maladie' && addMonths(a.start, 6) < (a.end !== null ? a.end + 1 : due));
        if (away) return a.end !== null ? a.end + 1 : due;
    }
    return due;
}

// The dated facts of one employee on asOf: the pending periodic deadline, the pending return,
// before-leave and mid-career deadlines, the pending états des lieux, the pre-60 window, and
// the headcount facts.
export function w1Facts(e, asOf) {
    const reform = LOI_2025 <= asOf;
    const endedBefore = (d) => e.contractEnd !== null && e.contractEnd < d;
    const f = { periodique: null, retours: [], etats: [], fin: null, annee: civilFromDays(asOf)[0] };
    if (LOI_2014 <= asOf && !endedBefore(LOI_2014)) {
        const present = e.hire < LOI_2014;
        let ref = present ? LOI_2014 : e.hire;
        for (let fromHire = true; ; fromHire = false) {
            const first = fromHire && !present;
            let due;
            if (LOI_2025 <= ref && reform) due = addYears(ref, first ? 1 : 4);
            else {
                due = addYears(ref, 2);
                if (LOI_2025 <= due && reform) {
                    if (!first) due = addYears(ref, 4);
                    else if (addYears(LOI_2025, -1) <= ref) due = addYears(ref, 1);
                }
            }
            if (COVID_FIRST <= due && due <= COVID_LAST && COVID_FIRST <= asOf) due = COVID_LAST;
            let held = firstHeld(e, fromHire ? ref : ref + 1, FAR, asOf);
            if (held !== null && endedBefore(due) && e.contractEnd < held) held = null;
            if (held === null) {
                if (!endedBefore(due)) f.periodique = atReturn(e, due, asOf);
                break;
            }
            ref = held;
        }
        for (const a of e.absences) {
            if (asOf < a.start) continue;
            if (LOI_2016 <= a.start && (a.kind === 'conge_proche_aidant' || a.kind === 'conge_solidarite_familiale')
                && firstHeld(e, addMonths(a.start, -3), a.end !== null ? a.end + 1 : FAR, asOf) === null) f.retours.push(Math.max(a.start - 1, e.hire));
            if (a.end === null) continue;
            const r = a.end + 1;
            if (r < LOI_2014 || endedBefore(r)) continue;
            const listed = RETURNS.has(a.kind)
                || (a.kind === 'arret_maladie' && addMonths(a.start, 6) < r)
                || (a.kind === 'conge_supplementaire_naissance' && LFSS_2026 <= r)
                || (a.kind === 'conge_solidarite_familiale' && LOI_2016 <= r);
            if (!listed) continue;
            if ((a.kind === 'conge_maternite' || a.kind === 'conge_adoption')
                && e.absences.some((b) => b.kind === 'conge_supplementaire_naissance' && b.start === r)) continue;
            const solidarity = a.kind === 'conge_solidarite_familiale';
            if (!solidarity && LOI_2025 <= r && reform && firstHeld(e, addMonths(r, -12), Math.min(a.start, r), asOf) !== null) continue;
            // Held from the return on (the generator's files carry no interview at the
            // employee's request, which may be held up to 2 months before it); due 2 months
            // after the return, a return in the COVID window by 2021-06-30.
            if (firstHeld(e, r, FAR, asOf) !== null) continue;
            let due = addMonths(r, 2);
            if (!solidarity && COVID_FIRST <= r && r <= COVID_LAST && COVID_FIRST <= asOf) due = Math.max(due, COVID_LAST);
            f.retours.push(atReturn(e, due, asOf));
        }
        let visit = null;
        for (const v of e.visits) if (v <= asOf && (visit === null || v < visit)) visit = v;
        if (visit !== null && LOI_2025 <= visit && firstHeld(e, visit, FAR, asOf) === null) f.retours.push(atReturn(e, addMonths(visit, 2), asOf));
        let start = e.hire < LOI_2014 ? LOI_2014 : e.hire;
        let previous = null;
        for (let cycle = 0; cycle < 16; cycle++) {
            const years = !reform || (start < LOI_2025 && addYears(start, 6) < LOI_2025) ? 6 : 8;
            const strict = addYears(start, years);
            let due = strict;
            let from = addYears(start, years - 1);
            if (cycle === 0 && years === 8 && reform && LOI_2014 <= e.hire && addYears(LOI_2025, -1) <= e.hire) {
                const first = firstHeld(e, e.hire, addYears(due, -7) + 1, asOf);
                from = addYears(first !== null ? first : addYears(e.hire, 1), 7);
            }
            // Ord. 2020-1501, then the ministry's catch-up to 2021-09-30 (as the library).
            if (years === 6 && COVID_FIRST <= strict && strict <= COVID_LAST && COVID_FIRST <= asOf) due = Math.max(due, COVID_CATCH_UP);
            const after = previous !== null ? previous + 1 : from;
            let held = firstHeld(e, Math.max(from, after), FAR, asOf, true);
            if (held !== null && endedBefore(due) && e.contractEnd < held) held = null;
            if (held === null && endedBefore(due)) break;
            if (held === null) f.etats.push(atReturn(e, due, asOf));
            if (asOf < strict) break;
            if (held !== null) previous = held;
            start = strict;
        }
        if (reform && e.birth !== null) {
            const begin = addYears(e.birth, 58), end = addYears(e.birth, 60);
            const from = Math.max(begin, LOI_2025, e.hire);
            // Not while a periodic interview due before the window is pending (one may fall in it).
            const wait = asOf < end && f.periodique !== null && f.periodique < from;
            if (from < end && !endedBefore(from) && !wait && firstHeld(e, from, FAR, asOf) === null) {
                const others = f.retours.concat(f.etats);
                f.fin = { debut: from, fin: end, jour: atReturn(e, end - 1, asOf), autreEnFenetre: others.some((d) => from <= d && d < end) };
            }
        }
    }
    // Headcount facts: the yearly averages of the five previous years (L130-1 CSS), when the
    // history applies (from 2020), and the headcount given.
    f.historique = PACTE <= asOf && e.history.length > 0;
    f.effectifs = [1, 2, 3, 4, 5].map((k) => {
        const h = e.history.find(([y]) => y === f.annee - k);
        return h ? h[1] : null;
    });
    f.effectif = e.headcount;
    return f;
}

export const min = (xs) => xs.reduce((a, b) => (a === null || b < a ? b : a), null);
