// W1 in json-rules-engine: rules decide which deadlines are owed (every pending one, and the
// pre-60 interview when no other one falls in its window) and the abondement threshold
// (L130-1 CSS five-year rule, else the headcount given). The engine has no arithmetic, so
// the host takes the earliest owed date from the events and passes the pre-60 due date as a
// fact (facts.mjs computes the dates).
import { Engine } from 'json-rules-engine';

const RETOURS = 8, ETATS = 4;
const known = (fact) => ({ fact, operator: 'notEqual', value: null });
const owed = (fact, kind) => ({ conditions: { all: [known(fact)] }, event: { type: 'owed', params: { fact, kind } } });
const seuil = (conditions, valeur) => ({ conditions: { all: conditions }, event: { type: 'seuil', params: { valeur } } });

function rules() {
    const r = [owed('periodique', 'interview')];
    for (let k = 1; k <= RETOURS; k++) r.push(owed(`retour${k}`, 'interview'));
    for (let k = 1; k <= ETATS; k++) r.push(owed(`etat${k}`, 'review'));
    // L6315-1 V, administrative reading.
    r.push({
        conditions: {
            all: [
                { fact: 'finCandidat', operator: 'equal', value: true },
                { fact: 'autreEnFenetre', operator: 'equal', value: false },
                {
                    any: [
                        { fact: 'periodique', operator: 'equal', value: null },
                        { all: [known('periodique'), { fact: 'periodique', operator: 'lessThan', value: { fact: 'finDebut' } }] },
                        { all: [known('periodique'), { fact: 'periodique', operator: 'greaterThanInclusive', value: { fact: 'finFin' } }] },
                    ],
                },
            ],
        },
        event: { type: 'owed', params: { fact: 'finJour', kind: 'interview' } },
    });
    // L130-1 CSS: years N-1 .. N-5, each known and at 50 or more, 2019 counting as reached.
    const history = { fact: 'historique', operator: 'equal', value: true };
    for (let k = 1; k <= 5; k++) {
        const before = [history];
        for (let j = 1; j < k; j++) {
            before.push(known(`n${j}`), { fact: `n${j}`, operator: 'greaterThanInclusive', value: 50 },
                { fact: 'annee', operator: 'notEqual', value: 2019 + j });
        }
        r.push(seuil([...before, { fact: `n${k}`, operator: 'equal', value: null }], 'unknown'));
        r.push(seuil([...before, known(`n${k}`), { fact: `n${k}`, operator: 'lessThan', value: 50 }], 'no'));
        const reached = [...before, known(`n${k}`), { fact: `n${k}`, operator: 'greaterThanInclusive', value: 50 }];
        if (k < 5) reached.push({ fact: 'annee', operator: 'equal', value: 2019 + k });
        r.push(seuil(reached, 'yes'));
    }
    const noHistory = { fact: 'historique', operator: 'equal', value: false };
    r.push(seuil([noHistory, { fact: 'effectif', operator: 'equal', value: null }], 'unknown'));
    r.push(seuil([noHistory, known('effectif'), { fact: 'effectif', operator: 'greaterThanInclusive', value: 50 }], 'yes'));
    r.push(seuil([noHistory, known('effectif'), { fact: 'effectif', operator: 'lessThan', value: 50 }], 'no'));
    return r;
}

export function makeJsonRules() {
    const engine = new Engine(rules(), { allowUndefinedFacts: false });
    return async (f) => {
        if (f.retours.length > RETOURS || f.etats.length > ETATS) throw new Error('json-rules-engine peer: too many pending deadlines for the slots');
        const facts = {
            periodique: f.periodique, annee: f.annee, historique: f.historique, effectif: f.effectif,
            finCandidat: f.fin !== null, autreEnFenetre: f.fin ? f.fin.autreEnFenetre : false,
            finDebut: f.fin ? f.fin.debut : null, finFin: f.fin ? f.fin.fin : null, finJour: f.fin ? f.fin.jour : null,
        };
        for (let k = 0; k < RETOURS; k++) facts[`retour${k + 1}`] = f.retours[k] ?? null;
        for (let k = 0; k < ETATS; k++) facts[`etat${k + 1}`] = f.etats[k] ?? null;
        for (let k = 0; k < 5; k++) facts[`n${k + 1}`] = f.effectifs[k];
        const { events } = await engine.run(facts);
        let interview = null, review = null, penalty = null;
        for (const e of events) {
            if (e.type === 'seuil') { penalty = e.params.valeur; continue; }
            const d = facts[e.params.fact];
            if (e.params.kind === 'review') { if (review === null || d < review) review = d; }
            else if (interview === null || d < interview) interview = d;
        }
        return { interview, review, penalty };
    };
}
