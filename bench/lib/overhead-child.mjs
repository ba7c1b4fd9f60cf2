// Benchmark 2, the measuring process (run with --expose-gc): with every file already in memory,
// times (a) Headway's bare `parse(text)` and (b) the whole `analyze(bytes, path, options)` —
// decode, parse, extract, compute, rules — alternately, on this one thread.
// usage: node --expose-gc overhead-child.mjs DIR ROUNDS — prints JSON to stdout.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { listMarkdown } from './corpus.mjs';
import { DIST } from './paths.mjs';

const load = (path) => import(pathToFileURL(`${DIST}/${path}`).href);
const { parse } = await load('parse/index.js');
const { decode } = await load('decode/index.js');
const { analyze } = await load('pipeline/analyze.js');
const { defaultAnalyzeOptions } = await load('pipeline/options.js');

const [dir, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg);

/** Every file as bytes, plus the text Headway's decoder makes of it (what analyze parses). */
function loadDocuments() {
  return listMarkdown(dir).map((file) => {
    const bytes = readFileSync(file.path);
    const path = relative(dir, file.path);
    return { bytes, path, text: decode(bytes, path).text };
  });
}

const documents = loadDocuments();
const options = defaultAnalyzeOptions(new Date());

// Each pass returns a number derived from every result, so no work can be optimised away.
const passes = {
  parse: () => documents.reduce((sum, doc) => sum + parse(doc.text).tree.length, 0),
  analyze: () => documents.reduce((sum, doc) => sum + analyze(doc.bytes, doc.path, options).findings.length, 0),
};

function timePass(name) {
  globalThis.gc?.(); // start each pass with the previous pass's garbage collected
  const started = performance.now();
  const check = passes[name]();
  return { ms: performance.now() - started, check };
}

const times = { parse: [], analyze: [] };
for (let round = 0; round < rounds; round++) {
  // ABBA: parse first on even rounds, analyze first on odd ones, so drift hits both alike.
  const order = round % 2 === 0 ? ['parse', 'analyze'] : ['analyze', 'parse'];
  for (const name of order) times[name].push(timePass(name).ms);
}

const bytes = documents.reduce((sum, doc) => sum + doc.bytes.length, 0);
console.log(JSON.stringify({ files: documents.length, bytes, times }));
