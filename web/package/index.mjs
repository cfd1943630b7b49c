// careertalk for Node: `const ct = await load(); ct.schedule({people, events, asOf})`.
// The questions and their options are the careertalk tool's (README.md, index.d.mts).
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';

const require = createRequire(import.meta.url);
const factory = require('./careertalk.js');
const api = require('./api.js');

export const { CareertalkError, EXIT } = api;

// Loads the WebAssembly module. It is read from disk and handed to emscripten, whose own
// loader fetches it by URL, which Node's fetch refuses for a path.
export async function load() {
    const wasmBinary = await readFile(new URL('./careertalk.wasm', import.meta.url));
    return api.connect(factory, { wasmBinary });
}
