// The careertalk page (docs/web.md): the tool's questions on the files an HR person chooses,
// answered in this browser by the WebAssembly module. Nothing is sent anywhere; the page's
// Content-Security-Policy forbids every request.
'use strict';

// The page's own words. The answers' words (statuses, obligations, column headers) are the
// tool's, from `careertalk labels`.
const UI = {
    en: {
        private: 'Your files stay on this computer: the rules run in this page, with no server and no network.',
        language: 'Language', inputs: 'Your exports',
        inputs_hint: 'Drop the files on the fields or choose them: the same files, separators (, ; tab), dates, encodings (UTF-8, Windows-1252) and maps as the careertalk tool.',
        people: 'People (one row per employee)', people_map: 'Map for the people file (optional)',
        events: 'Events (interviews, absences, trainings; several files)',
        event_maps: 'Maps for the events files (optional)', pairs: 'Which map reads which events file',
        no_map: 'no map', rules: 'Rules', as_of: 'As of', headcount: 'Headcount (if the file has none)',
        keep: 'Columns to keep (comma-separated)', answer: 'Answer', loading: 'Loading the rules…',
        working: 'Working…', messages: 'Messages about your files', summary: 'At a glance',
        employees: 'employees', obligations: 'obligations', due_3m: 'Due in the next 3 months',
        due_count: '{rows} conversations for {employees} employees, overdue included.',
        penalties: 'Penalties (abondement correctif, EUR 3,000 each)', reading: 'Reading',
        incurred: 'Incurred by {date}', projected: 'Projected to {date} if nothing more is done',
        not_assessed: 'Not assessed for lack of a headcount: {n} employees.',
        readings_hint: 'Each reading is a way lawyers read the law on what counts as the interviews held (docs/fr/penalty.md); the first is the library\'s.',
        schedule: 'Every obligation', filter: 'Filter', status_filter: 'Status', all: 'all',
        shown: '{shown} of {total} rows', export_csv: 'Download CSV', export_ics: 'Download calendar (ICS)',
        print: 'Printable report',
        table_hint: 'Sort by a column with its heading. Choose a row (click, or Enter) to see that employee\'s timeline.',
        timeline: 'Timeline of {id}',
        timeline_hint: 'Hover or focus an item (Tab) to read its rule and citation.',
        report: 'careertalk report', report_totals: 'Totals', error: 'Error',
        choose_people: 'Choose the people file first.',
    },
    fr: {
        private: 'Vos fichiers restent sur cet ordinateur : les règles s\'exécutent dans cette page, sans serveur ni réseau.',
        language: 'Langue', inputs: 'Vos exports',
        inputs_hint: 'Déposez les fichiers sur les champs ou choisissez-les : les mêmes fichiers, séparateurs (, ; tabulation), dates, encodages (UTF-8, Windows-1252) et correspondances que l\'outil careertalk.',
        people: 'Salariés (une ligne par salarié)', people_map: 'Correspondance du fichier des salariés (facultatif)',
        events: 'Événements (entretiens, absences, formations ; plusieurs fichiers)',
        event_maps: 'Correspondances des fichiers d\'événements (facultatif)',
        pairs: 'Quelle correspondance lit quel fichier d\'événements', no_map: 'aucune correspondance',
        rules: 'Règles', as_of: 'Date d\'évaluation', headcount: 'Effectif (si le fichier n\'en a pas)',
        keep: 'Colonnes à garder (séparées par des virgules)', answer: 'Répondre',
        loading: 'Chargement des règles…', working: 'Calcul en cours…',
        messages: 'Messages sur vos fichiers', summary: 'En un coup d\'œil', employees: 'salariés',
        obligations: 'obligations', due_3m: 'À tenir dans les 3 prochains mois',
        due_count: '{rows} entretiens pour {employees} salariés, retards compris.',
        penalties: 'Pénalités (abondement correctif, 3 000 EUR chacun)', reading: 'Lecture',
        incurred: 'Encourues au {date}', projected: 'Prévues au {date} si rien n\'est fait',
        not_assessed: 'Non évalués faute d\'effectif : {n} salariés.',
        readings_hint: 'Chaque lecture est une manière de lire la loi sur les entretiens qui comptent (docs/fr/penalty.md) ; la première est celle de la bibliothèque.',
        schedule: 'Toutes les obligations', filter: 'Filtrer', status_filter: 'Statut', all: 'tous',
        shown: '{shown} lignes sur {total}', export_csv: 'Télécharger le CSV',
        export_ics: 'Télécharger le calendrier (ICS)', print: 'Rapport imprimable',
        table_hint: 'Triez par une colonne avec son en-tête. Choisissez une ligne (clic ou Entrée) pour voir la frise du salarié.',
        timeline: 'Frise de {id}',
        timeline_hint: 'Survolez ou sélectionnez un élément (Tab) pour lire sa règle et sa référence.',
        report: 'Rapport careertalk', report_totals: 'Totaux', error: 'Erreur',
        choose_people: 'Choisissez d\'abord le fichier des salariés.',
    },
    nl: {
        private: 'Uw bestanden blijven op deze computer: de regels draaien in deze pagina, zonder server en zonder netwerk.',
        language: 'Taal', inputs: 'Uw exports',
        inputs_hint: 'Sleep de bestanden op de velden of kies ze: dezelfde bestanden, scheidingstekens (, ; tab), datums, coderingen (UTF-8, Windows-1252) en mappings als de careertalk-tool.',
        people: 'Medewerkers (één regel per medewerker)', people_map: 'Mapping voor het medewerkersbestand (optioneel)',
        events: 'Gebeurtenissen (gesprekken, verzuim, opleidingen; meerdere bestanden)',
        event_maps: 'Mappings voor de gebeurtenissenbestanden (optioneel)',
        pairs: 'Welke mapping welk gebeurtenissenbestand leest', no_map: 'geen mapping',
        rules: 'Regels', as_of: 'Peildatum', headcount: 'Aantal medewerkers (als het bestand het niet heeft)',
        keep: 'Kolommen om te behouden (kommagescheiden)', answer: 'Beantwoorden',
        loading: 'De regels worden geladen…', working: 'Bezig…', messages: 'Meldingen over uw bestanden',
        summary: 'In één oogopslag', employees: 'medewerkers', obligations: 'verplichtingen',
        due_3m: 'Uiterlijk in de komende 3 maanden',
        due_count: '{rows} gesprekken voor {employees} medewerkers, achterstallige inbegrepen.',
        penalties: 'Boetes (abondement correctif, EUR 3.000 per stuk)', reading: 'Lezing',
        incurred: 'Verschuldigd op {date}', projected: 'Verwacht op {date} als er niets gebeurt',
        not_assessed: 'Niet beoordeeld bij gebrek aan een aantal medewerkers: {n} medewerkers.',
        readings_hint: 'Elke lezing is een manier waarop juristen de wet lezen over welke gesprekken meetellen (docs/fr/penalty.md); de eerste is die van de bibliotheek.',
        schedule: 'Alle verplichtingen', filter: 'Filter', status_filter: 'Status', all: 'alle',
        shown: '{shown} van {total} regels', export_csv: 'CSV downloaden',
        export_ics: 'Agenda downloaden (ICS)', print: 'Afdrukbaar rapport',
        table_hint: 'Sorteer op een kolom met de kop. Kies een regel (klik of Enter) voor de tijdlijn van die medewerker.',
        timeline: 'Tijdlijn van {id}',
        timeline_hint: 'Beweeg over een onderdeel of selecteer het (Tab) voor de regel en de bron.',
        report: 'careertalk-rapport', report_totals: 'Totalen', error: 'Fout',
        choose_people: 'Kies eerst het medewerkersbestand.',
    },
};

const $ = (id) => document.getElementById(id);
const page = {
    ct: null, lang: 'en', labels: null, options: null, rows: [], kept: [], sort: { key: null, up: true },
    pairs: new Map(),  // events file name -> the map name the user chose for it ('' for none)
};

function t(key, values) {
    let s = UI[page.lang][key];
    for (const [k, v] of Object.entries(values || {})) s = s.replace(`{${k}}`, v);
    return s;
}
function date(iso) {
    if (!iso) return '';
    const [y, m, d] = iso.split('-').map(Number);
    return new Intl.DateTimeFormat(page.lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}
function euros(n) {
    return new Intl.NumberFormat(page.lang, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);
}
function word(table, id) { return (page.labels[table] && page.labels[table][id]) || id || ''; }
function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
        if (k === 'class') e.className = v; else if (k.startsWith('data-')) e.setAttribute(k, v); else e[k] = v;
    }
    for (const c of children) e.append(c);
    return e;
}

// --- language ----------------------------------------------------------------------------

function applyLanguage() {
    document.documentElement.lang = page.lang;
    page.labels = page.ct.labels({ lang: page.lang }).answer;
    for (const e of document.querySelectorAll('[data-t]')) e.textContent = t(e.dataset.t);
    pairMaps();
    const filter = $('status-filter');
    const chosen = filter.value;
    filter.replaceChildren(el('option', { value: '' }, t('all')),
        ...Object.entries(page.labels.status).map(([id, w]) => el('option', { value: id }, w)));
    filter.value = chosen;
}

// --- files -------------------------------------------------------------------------------

async function read(file) { return { name: file.name, data: new Uint8Array(await file.arrayBuffer()) }; }

// One line per events file with the map that reads it: the one the user chose, or else the
// map whose name ends with the file's (fr-absences.csv for absences.csv).
function pairMaps() {
    const events = [...$('events').files];
    const maps = [...$('event-maps').files];
    $('pairs').hidden = events.length === 0 || maps.length === 0;
    $('pair-list').replaceChildren(...events.map((f, i) => {
        const select = el('select', { id: `pair-${i}` },
            el('option', { value: '' }, t('no_map')),
            ...maps.map((m) => el('option', { value: m.name }, m.name)));
        const guess = maps.find((m) => m.name.toLowerCase().endsWith(f.name.toLowerCase()));
        const chosen = page.pairs.get(f.name);
        select.value = chosen !== undefined && (chosen === '' || maps.some((m) => m.name === chosen)) ? chosen
            : guess ? guess.name : '';
        select.addEventListener('change', () => page.pairs.set(f.name, select.value));
        return el('li', {}, el('label', { htmlFor: `pair-${i}` }, f.name), ' ', select);
    }));
}

async function gather() {
    const people = $('people').files[0];
    if (!people) throw new Error(t('choose_people'));
    const o = { people: await read(people), events: [], rules: $('rules').value, asOf: $('as-of').value, lang: page.lang };
    if ($('people-map').files[0]) o.people.map = await read($('people-map').files[0]);
    const maps = [...$('event-maps').files];
    for (const [i, f] of [...$('events').files].entries()) {
        const e = await read(f);
        const pick = $(`pair-${i}`);
        const map = pick && maps.find((m) => m.name === pick.value);
        if (map) e.map = await read(map);
        o.events.push(e);
    }
    if ($('headcount').value !== '') o.headcount = $('headcount').value;
    const keep = $('keep').value.split(',').map((s) => s.trim()).filter(Boolean);
    if (keep.length) o.keep = keep;
    return o;
}

// --- answers -----------------------------------------------------------------------------

function showMessages(lines) {
    $('messages-section').hidden = lines.length === 0;
    $('messages').replaceChildren(...lines.map((m) => el('li', {}, m)));
}

async function answer() {
    $('loading').textContent = t('working');
    try {
        page.options = await gather();
        const schedule = page.ct.schedule(page.options);
        showMessages(schedule.messages);
        if (schedule.answer === null) return;  // stopped by input errors: the messages say why
        const summary = page.ct.summary(page.options);
        const due = page.ct.schedule(Object.assign({}, page.options, { dueWithin: '3m' }));
        page.kept = page.options.keep || [];
        page.rows = schedule.answer.rows;
        showSummary(summary.answer, due.answer.rows);
        showTable();
        $('timeline-section').hidden = true;
        $('report').replaceChildren();  // made again when printed
    } catch (e) {
        showMessages([`${t('error')}: ${e.message}`]);
    } finally {
        $('loading').textContent = '';
        document.body.dataset.answered = String(Number(document.body.dataset.answered || 0) + 1);
    }
}

function statusCell(id) {
    return el('span', { class: `status status-${id}`, 'data-status': id }, word('status', id));
}

function showSummary(rows, dueRows) {
    $('summary').hidden = false;
    const counts = rows.filter((r) => r.section === 'status');
    $('counts').replaceChildren(...counts.map((r) => el('li', { class: `card status-${r.item}`, 'data-status': r.item },
        el('span', { class: 'number' }, String(r.count)), ' ',
        el('span', { class: 'what' }, word('status', r.item)), ' ',
        el('span', { class: 'who' }, `${r.employees} ${t('employees')}`))));

    const employees = new Set(dueRows.map((r) => r.id)).size;
    $('due-count').textContent = t('due_count', { rows: dueRows.length, employees });
    const heads = page.labels.columns.schedule;
    fillTable($('due'), [heads.id, heads.obligation, heads.due_date, heads.status],
        dueRows.map((r) => [r.id, word('obligation', r.obligation), date(r.due_date), statusCell(r.status)]));

    // Under each reading: what is owed already, and what will be if nothing more is done. The
    // abondement is French: under Dutch rules the block shows only if a row's own rules owe one.
    const incurred = rows.filter((r) => r.section === 'incurred_under');
    const projected = rows.filter((r) => r.section === 'projected');
    $('penalties-block').hidden = page.options.rules.startsWith('nl') &&
        !incurred.concat(projected).some((r) => r.eur > 0);
    const amount = (r) => (r ? `${euros(r.eur)} (${r.employees} ${t('employees')})` : '');
    const body = projected.map((r) => [r.item, amount(incurred.find((i) => i.item === r.item)), amount(r)]);
    fillTable($('penalties'), [t('reading'), t('incurred', { date: date(page.options.asOf) }),
        t('projected', { date: date(projected.length ? projected[0].date : '') })], body);
    const notAssessed = rows.find((r) => r.section === 'not_assessed');
    const hint = $('penalties').nextElementSibling;
    hint.textContent = t('readings_hint') + (notAssessed && notAssessed.employees
        ? ' ' + t('not_assessed', { n: notAssessed.employees }) : '');
}

function fillTable(table, heads, body) {
    table.tHead.replaceChildren(el('tr', {}, ...heads.map((h) => el('th', { scope: 'col' }, h))));
    table.tBodies[0].replaceChildren(...body.map((cells) => el('tr', {}, ...cells.map((c) => el('td', {}, c)))));
}

// --- the table ---------------------------------------------------------------------------

function columns() {
    const h = page.labels.columns.schedule;
    return [
        ['id', h.id], ...page.kept.map((k) => [k, k]), ['obligation', h.obligation], ['trigger', h.trigger],
        ['window_start', h.window_start], ['due_date', h.due_date], ['status', h.status],
        ['held_on', h.held_on], ['rule', h.rule],
    ];
}

// What row `r` shows in column `key`, as text: the tool's words, dates in the page's language.
function text(r, key) {
    switch (key) {
        case 'obligation': case 'trigger': case 'status': return word(key, r[key]);
        case 'window_start': case 'due_date': case 'held_on': return date(r[key]);
        default: return r[key] === null || r[key] === undefined ? '' : String(r[key]);
    }
}

// The same as a table cell: the status marked for its style, the rule with its citation.
function cell(r, key) {
    if (key === 'status') return statusCell(r.status);
    if (key === 'rule') return el('span', { title: r.citation || '' }, text(r, key));
    return text(r, key);
}

function visibleRows() {
    const needle = $('filter').value.trim().toLowerCase();
    const status = $('status-filter').value;
    const keys = columns().map(([k]) => k);
    let rows = page.rows.filter((r) => (!status || r.status === status) &&
        (!needle || keys.some((k) => text(r, k).toLowerCase().includes(needle))));
    const { key, up } = page.sort;
    if (key) {
        // Words by their text; dates (ISO) and the rest by their value.
        const value = (r) => (key === 'status' || key === 'obligation' || key === 'trigger'
            ? text(r, key) : r[key]) ?? '';
        rows = [...rows].sort((a, b) => String(value(a)).localeCompare(String(value(b)), page.lang, { numeric: true }) * (up ? 1 : -1));
    }
    return rows;
}

function showTable() {
    $('schedule-section').hidden = false;
    const table = $('schedule');
    table.tHead.replaceChildren(el('tr', {}, ...columns().map(([key, head]) => {
        const sorted = page.sort.key === key;
        const th = el('th', { scope: 'col' }, el('button', { type: 'button', 'data-key': key }, head));
        th.setAttribute('aria-sort', sorted ? (page.sort.up ? 'ascending' : 'descending') : 'none');
        return th;
    })));
    const rows = visibleRows();
    table.tBodies[0].replaceChildren(...rows.map((r) => {
        const tr = el('tr', { tabIndex: 0, 'data-id': r.id, 'data-obligation': r.obligation, 'data-due': r.due_date || '', 'data-status': r.status },
            ...columns().map(([key]) => el('td', {}, cell(r, key))));
        return tr;
    }));
    $('shown').textContent = t('shown', { shown: rows.length, total: page.rows.length });
}

// --- one employee's timeline -------------------------------------------------------------

function timelineSvg(id) {
    const svg = page.ct.timeline(Object.assign({}, page.options, { id })).answer;
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return document.importNode(doc.documentElement, true);
}

function showTimeline(id) {
    $('timeline-section').hidden = false;
    $('timeline-title').textContent = t('timeline', { id });
    $('timeline').replaceChildren(timelineSvg(id));
    $('timeline-section').scrollIntoView({ block: 'nearest' });
}

// --- exports -----------------------------------------------------------------------------

function download(name, data, type) {
    const url = URL.createObjectURL(new Blob([data], { type }));
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
}

// The printed report: the totals, then one section per employee of the table (as filtered),
// with their rows and timeline. Print CSS shows this alone.
function buildReport() {
    const report = $('report');
    const ids = [...new Set(visibleRows().map((r) => r.id))];
    const copy = (id) => { const c = $(id).cloneNode(true); c.removeAttribute('id'); return c; };
    const totals = el('section', { class: 'report-totals' }, el('h1', {}, `${t('report')}: ${date(page.options.asOf)}`),
        el('h2', {}, t('report_totals')), copy('counts'), copy('penalties'));
    report.replaceChildren(totals, ...ids.map((id) => {
        const rows = page.rows.filter((r) => r.id === id);
        const table = el('table', {}, el('thead'), el('tbody'));
        fillTable(table, columns().map(([, h]) => h), rows.map((r) => columns().map(([k]) => cell(r, k))));
        return el('section', { class: 'report-employee' }, el('h2', {}, t('timeline', { id })), timelineSvg(id), table);
    }));
    report.dataset.employees = String(ids.length);
}

// --- start -------------------------------------------------------------------------------

async function start() {
    const binary = atob(careertalkWasmBase64);
    const wasm = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; ++i) wasm[i] = binary.charCodeAt(i);
    page.ct = await careertalkApi.connect(careertalkModule, { wasmBinary: wasm });

    const wanted = (navigator.language || 'en').slice(0, 2);
    page.lang = UI[wanted] ? wanted : 'en';
    $('lang').value = page.lang;
    $('as-of').value = new Date().toISOString().slice(0, 10);
    applyLanguage();
    $('rules').replaceChildren(...page.labels.rule_sets.map((s) => el('option', { value: s }, s)));

    $('lang').addEventListener('change', () => {
        page.lang = $('lang').value;
        applyLanguage();
        if (page.options) answer();
    });
    $('events').addEventListener('change', pairMaps);
    $('event-maps').addEventListener('change', pairMaps);
    $('inputs').addEventListener('submit', (e) => { e.preventDefault(); answer(); });
    $('filter').addEventListener('input', showTable);
    $('status-filter').addEventListener('change', showTable);
    $('schedule').tHead.addEventListener('click', (e) => {
        const key = e.target.closest('button')?.dataset.key;
        if (!key) return;
        page.sort = { key, up: page.sort.key === key ? !page.sort.up : true };
        showTable();
        $('schedule').querySelector(`th button[data-key="${key}"]`).focus();
    });
    const pick = (e) => { const tr = e.target.closest('tr[data-id]'); if (tr) showTimeline(tr.dataset.id); };
    $('schedule').tBodies[0].addEventListener('click', pick);
    $('schedule').tBodies[0].addEventListener('keydown', (e) => { if (e.key === 'Enter') pick(e); });
    $('export-csv').addEventListener('click', () =>
        download('careertalk-schedule.csv', page.ct.schedule(Object.assign({}, page.options, { format: 'csv' })).answer, 'text/csv'));
    $('export-ics').addEventListener('click', () =>
        download('careertalk-schedule.ics', page.ct.schedule(Object.assign({}, page.options, { format: 'ics', remind: '2w' })).answer, 'text/calendar'));
    $('print').addEventListener('click', () => { buildReport(); window.print(); });

    $('answer').disabled = false;
    $('loading').textContent = '';
    document.body.dataset.ready = 'true';
}

start().catch((e) => showMessages([`${UI.en.error}: ${e.message}`]));
