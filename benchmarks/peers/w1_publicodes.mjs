// W1 in publicodes: the rules decide the earliest pending interview and état des lieux (the
// minimum of the pending deadlines, with the pre-60 interview when no other one falls in its
// window) and whether the company is subject to the abondement (L130-1 CSS five-year rule,
// else the headcount given). Dates are day numbers (facts.mjs computes them).
import Engine from 'publicodes';

const RETOURS = 8; // slots for pending return / before-leave / mid-career deadlines
const ETATS = 4;   // slots for pending états des lieux

// An optional date or number: the inputs `entrées . NAME . connu` and `entrées . NAME . jour`,
// and the rule NAME, not applicable when unknown. (Inputs sit outside NAME's namespace: in
// publicodes a rule is not applicable when its parent is not.)
const input = (name) => `entrées . ${name}`;
const slot = (name) => ({
    [input(name)]: null,
    [`${input(name)} . connu`]: { type: 'booléen' },
    [`${input(name)} . jour`]: { type: 'nombre' },
    [name]: { valeur: `${input(name)} . jour`, 'applicable si': `${input(name)} . connu` },
});

// NAME = the least applicable value of `names`, as a chain of named two-operand steps
// (`le minimum de` over a long list is inlined as nested conditions that re-evaluate each
// partial result, which costs exponential time).
function minimum(r, name, names) {
    let acc = names[0];
    for (let k = 1; k < names.length; k++) {
        const step = k === names.length - 1 ? name : `calcul . ${name} . étape ${k}`;
        const x = names[k];
        r[step] = {
            variations: [
                { si: { 'est non applicable': acc }, alors: x },
                { si: { 'est non applicable': x }, alors: acc },
                { si: `${x} < ${acc}`, alors: x },
                { sinon: acc },
            ],
        };
        acc = step;
    }
}

export function rules() {
    const r = {
        entrées: null,
        calcul: null,
        'calcul . salarié': null,
        'calcul . salarié . prochain entretien': null,
        'calcul . salarié . prochain état des lieux': null,
        salarié: null,
        ...slot('salarié . périodique'),
        'entrées . pré-60': null,
        'entrées . pré-60 . candidat': { type: 'booléen' },
        'entrées . pré-60 . début': { type: 'nombre' },
        'entrées . pré-60 . fin': { type: 'nombre' },
        'entrées . pré-60 . autre en fenêtre': { type: 'booléen' },
        'entrées . pré-60 . jour': { type: 'nombre' },
        'salarié . périodique en fenêtre pré-60': {
            valeur: 'oui',
            'applicable si': {
                'toutes ces conditions': [
                    'entrées . salarié . périodique . connu',
                    'salarié . périodique >= entrées . pré-60 . début',
                    'salarié . périodique < entrées . pré-60 . fin',
                ],
            },
        },
        // L6315-1 V, administrative reading: an interview of its own the day before the 60th
        // birthday (the host moves it to the return from a listed leave) when no other one is
        // due in the window.
        'salarié . fin de carrière': {
            valeur: 'entrées . pré-60 . jour',
            'applicable si': 'entrées . pré-60 . candidat',
            'non applicable si': {
                'une de ces conditions': [
                    'entrées . pré-60 . autre en fenêtre',
                    { 'est applicable': 'salarié . périodique en fenêtre pré-60' },
                ],
            },
        },
        entreprise: null,
        'entrées . entreprise': null,
        'entrées . salarié': null,
        'entreprise . année': { type: 'nombre' },
        'entreprise . historique': { type: 'booléen' },
        ...slot('entreprise . effectif'),
    };
    const retours = [], etats = [];
    for (let k = 1; k <= RETOURS; k++) { Object.assign(r, slot(`salarié . retour ${k}`)); retours.push(`salarié . retour ${k}`); }
    for (let k = 1; k <= ETATS; k++) { Object.assign(r, slot(`salarié . état ${k}`)); etats.push(`salarié . état ${k}`); }
    minimum(r, 'salarié . prochain entretien', ['salarié . périodique', ...retours, 'salarié . fin de carrière']);
    minimum(r, 'salarié . prochain état des lieux', etats);
    // L130-1 CSS: walk back over the years N-1 .. N-5; 1 subject, 0 not subject, -1 unknown.
    for (let k = 1; k <= 5; k++) {
        Object.assign(r, slot(`entreprise . effectif N-${k}`));
        r[`entreprise . seuil N-${k}`] = {
            variations: [
                { si: { 'est non applicable': `entreprise . effectif N-${k}` }, alors: -1 },
                { si: `entreprise . effectif N-${k} < 50`, alors: 0 },
                { si: `entreprise . année - ${k} = 2019`, alors: 1 }, // PACTE: 2019 counts as reached
                { sinon: k === 5 ? 1 : `entreprise . seuil N-${k + 1}` },
            ],
        };
    }
    r['entreprise . assujettie'] = {
        variations: [
            { si: 'entreprise . historique', alors: 'entreprise . seuil N-1' },
            { si: { 'est non applicable': 'entreprise . effectif' }, alors: -1 },
            { si: 'entreprise . effectif >= 50', alors: 1 },
            { sinon: 0 },
        ],
    };
    return r;
}

const quiet = { log() {}, warn() {}, error() {} };

export function makePublicodes() {
    const engine = new Engine(rules(), { logger: quiet });
    const put = (s, name, v) => {
        s[`${input(name)} . connu`] = v === null || v === undefined ? 'non' : 'oui';
        if (v !== null && v !== undefined) s[`${input(name)} . jour`] = v;
    };
    return (f) => {
        if (f.retours.length > RETOURS || f.etats.length > ETATS) throw new Error('publicodes peer: too many pending deadlines for the slots');
        const s = {};
        put(s, 'salarié . périodique', f.periodique);
        for (let k = 0; k < RETOURS; k++) put(s, `salarié . retour ${k + 1}`, f.retours[k]);
        for (let k = 0; k < ETATS; k++) put(s, `salarié . état ${k + 1}`, f.etats[k]);
        s['entrées . pré-60 . candidat'] = f.fin ? 'oui' : 'non';
        if (f.fin) {
            s['entrées . pré-60 . début'] = f.fin.debut;
            s['entrées . pré-60 . fin'] = f.fin.fin;
            s['entrées . pré-60 . jour'] = f.fin.jour;
            s['entrées . pré-60 . autre en fenêtre'] = f.fin.autreEnFenetre ? 'oui' : 'non';
        }
        s['entreprise . année'] = f.annee;
        s['entreprise . historique'] = f.historique ? 'oui' : 'non';
        put(s, 'entreprise . effectif', f.effectif);
        for (let k = 0; k < 5; k++) put(s, `entreprise . effectif N-${k + 1}`, f.effectifs[k]);
        engine.setSituation(s);
        const value = (name) => {
            const v = engine.evaluate(name).nodeValue;
            return typeof v === 'number' ? v : null;
        };
        const subject = value('entreprise . assujettie');
        return {
            interview: value('salarié . prochain entretien'),
            review: value('salarié . prochain état des lieux'),
            penalty: subject === 1 ? 'yes' : subject === 0 ? 'no' : 'unknown',
        };
    };
}
