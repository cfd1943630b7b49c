// careertalk's questions over its WebAssembly module. Each method is the careertalk tool's
// command of the same name (docs/cli/): the same files, dialects, maps, options and answers,
// computed on this machine. A classic script in a page (globalThis.careertalkApi) and a
// CommonJS module in Node (index.mjs wraps it); docs/web.md.
(function (root, factory) {
    if (typeof module === 'object' && module.exports) module.exports = factory();
    else root.careertalkApi = factory();
})(typeof self !== 'undefined' ? self : this, function () {
    'use strict';

    // Option names (camelCase) and the tool's flags. `true` is a bare flag; an array is joined
    // with commas, but `where` repeats its flag (COLUMN=VALUE each).
    const FLAGS = {
        asOf: '--as-of', on: '--on', until: '--until', rules: '--rules', lang: '--lang',
        format: '--format', headcount: '--headcount', delimiter: '--delimiter',
        encoding: '--encoding', dateFormat: '--date-format', keep: '--keep', where: '--where',
        warnings: '--warnings', dueWithin: '--due-within', status: '--status', by: '--by',
        horizon: '--horizon', warnDays: '--warn-days', remind: '--remind', all: '--all',
        explain: '--explain', strict: '--strict', id: '--id', kind: '--kind',
    };
    // The tool's exit codes (examples/careertalk/main.cpp). 2: some rows were rejected; the
    // answer still covers every valid employee and `messages` names the others.
    const EXIT = { ok: 0, usage: 1, input: 2, output: 3 };
    // Each question (the tool's command): whether it reads people and events, and its default
    // --format (labels writes JSON only; timeline SVG; validate nothing but messages).
    const QUESTIONS = {
        schedule: { files: true, format: 'json' }, audit: { files: true, format: 'json' },
        summary: { files: true, format: 'json' }, validate: { files: true },
        timeline: { files: true }, agenda: { files: false, format: 'json' },
        rules: { files: false, format: 'json' }, labels: { files: false, json: true },
    };

    class CareertalkError extends Error {
        constructor(message, code) {
            super(message);
            this.name = 'CareertalkError';
            this.code = code;
        }
    }

    function bytes(data, what) {
        if (typeof data === 'string') return new TextEncoder().encode(data);
        if (data instanceof Uint8Array) return data;
        if (data instanceof ArrayBuffer) return new Uint8Array(data);
        throw new CareertalkError(`${what}: expected a string, Uint8Array or ArrayBuffer`, EXIT.usage);
    }

    // The tool's arguments for `name` with `options`. A file is bare data or {name, data, map};
    // in the arguments it is {file: i} or {file: i, map: j} (FILE:MAP), i and j into `files`.
    function command(name, options) {
        const { files: withFiles, format } = QUESTIONS[name];
        const o = Object.assign(format ? { format } : {}, options);
        const args = [name];
        const files = [];
        const add = (f, what) => {
            if (f === undefined || f === null) throw new CareertalkError(`${what}: missing`, EXIT.usage);
            const named = typeof f === 'object' && !(f instanceof Uint8Array) && !(f instanceof ArrayBuffer);
            files.push({ name: (named && f.name) || what, data: bytes(named ? f.data : f, what) });
            const ref = { file: files.length - 1 };
            if (named && f.map !== undefined) ref.map = add(f.map, `${what} map`).file;
            return ref;
        };
        if (withFiles) {
            // PEOPLE first: --events takes every word that follows it (CLI11's vectors).
            const people = add(o.people, 'people');
            args.push({ file: people.file });
            if (people.map !== undefined) args.push('--map', { file: people.map });
            for (const e of [].concat(o.events || [])) args.push('--events', add(e, 'events'));
            if (o.company !== undefined) args.push('--company', add(o.company, 'company'));
        }
        for (const [key, value] of Object.entries(o)) {
            if (key === 'people' || key === 'events' || key === 'company') continue;
            const flag = FLAGS[key];
            if (!flag) throw new CareertalkError(`unknown option: ${key}`, EXIT.usage);
            if (value === undefined || value === null || value === false) continue;
            if (value === true) args.push(flag);
            else if (key === 'where') [].concat(value).forEach((v) => args.push(flag, String(v)));
            else args.push(flag, Array.isArray(value) ? value.join(',') : String(value));
        }
        return { args, files, format: o.format };
    }

    // Loads the module (emscripten's factory, careertalk.js) and returns the questions.
    async function connect(factory, moduleOptions) {
        let stdout = [];
        let stderr = [];
        const M = await factory(Object.assign({}, moduleOptions, {
            print: (line) => stdout.push(line),
            printErr: (line) => stderr.push(line),
        }));
        let calls = 0;

        // Runs the tool: writes `files` to a fresh folder of the module's memory file system,
        // calls its main() with `args` (strings, or file references as `command` makes) and
        // `-o`, and removes the folder. Returns {code, output (bytes), stdout, messages}.
        function run(args, files) {
            // Each file under its own name (the tool's messages name it), in the working folder.
            const dir = `/careertalk/${++calls}`;
            M.FS.mkdirTree(dir);
            const paths = [];
            for (const f of files) {
                const base = f.name.replace(/[\/\0:]/g, '_').replace(/^\.*$/, 'file');
                let name = base;
                for (let n = 2; paths.includes(name); ++n) name = `${base} (${n})`;
                M.FS.writeFile(`${dir}/${name}`, f.data);
                paths.push(name);
            }
            const output = `${dir}/.careertalk-output`;
            const argv = ['careertalk', ...args.map((a) => (typeof a === 'string' ? a
                : a.map === undefined ? paths[a.file] : `${paths[a.file]}:${paths[a.map]}`)), '-o', output];
            stdout = [];
            stderr = [];
            const pointers = argv.map((a) => {
                const size = M.lengthBytesUTF8(a) + 1;
                const p = M._malloc(size);
                M.stringToUTF8(a, p, size);
                return p;
            });
            const argvAt = M._malloc(4 * pointers.length);
            pointers.forEach((p, i) => M.setValue(argvAt + 4 * i, p, 'i32'));
            let code;
            let result = new Uint8Array(0);
            try {
                M.FS.chdir(dir);
                code = M._main(argv.length, argvAt);
                if (M.FS.analyzePath(output).exists) result = M.FS.readFile(output);
            } finally {
                pointers.forEach((p) => M._free(p));
                M._free(argvAt);
                M.FS.chdir('/');
                for (const name of M.FS.readdir(dir)) if (name !== '.' && name !== '..') M.FS.unlink(`${dir}/${name}`);
                M.FS.rmdir(dir);
            }
            return { code, output: result, stdout: stdout.join('\n'), messages: stderr.join('\n') };
        }

        // Asks question `name`: {code, answer, messages}. The answer is parsed JSON for
        // --format json, bytes for xlsx, text otherwise (csv, ics, table, markdown, the SVG),
        // null when input errors stopped the run.
        // A usage error or an output failure throws a CareertalkError with the tool's message.
        function ask(name, options) {
            if (!QUESTIONS[name]) throw new CareertalkError(`unknown question: ${name}`, EXIT.usage);
            const { args, files, format } = command(name, options || {});
            const r = run(args, files);
            if (r.code === EXIT.usage || r.code === EXIT.output) {
                throw new CareertalkError(r.messages || r.stdout || `careertalk exited with ${r.code}`, r.code);
            }
            // A run stopped by input errors (a required column missing, --strict) writes
            // nothing: its answer is null and its messages say why.
            // Text keeps its byte-order mark (the tool writes one for spreadsheets).
            const text = () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(r.output);
            const answer = r.code === EXIT.input && r.output.length === 0 ? null
                : format === 'xlsx' ? r.output
                    : format === 'json' || QUESTIONS[name].json ? JSON.parse(text()) : text();
            return { code: r.code, answer, messages: r.messages ? r.messages.split('\n') : [] };
        }

        const api = { run, ask };
        for (const name of Object.keys(QUESTIONS)) api[name] = (options) => ask(name, options);
        return api;
    }

    return { connect, command, CareertalkError, EXIT };
});
