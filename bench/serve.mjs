#!/usr/bin/env node
// `headway serve` under load, on loopback (figures for bench/README.md, never asserted in tests):
//   (a) the document endpoint at 200 concurrent connections for 10 s: p99 < 50 ms, no errors —
//       with wrk (Debian's `wrk`, one thread, leaving the other core to the server) when it is
//       installed, as a browser asks (gzip) and uncompressed; else autocannon (in this process)
//   (b) 500 Server-Sent-Events clients, then one file written: when each receives the update
// The server runs in its own process (the bin, as a user starts it) on the five seeds.
//
// usage: node bench/serve.mjs [--connections 200] [--duration 10] [--clients 500]
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { describeMachine } from './lib/environment.mjs';
import { CLI, SHARED } from './lib/paths.mjs';
import { printTable } from './lib/report.mjs';

const { values } = parseArgs({ options: { connections: { type: 'string', default: '200' }, duration: { type: 'string', default: '10' }, clients: { type: 'string', default: '500' } } });
const CONNECTIONS = Number(values.connections);
const DURATION = Number(values.duration);
const CLIENTS = Number(values.clients);
const log = (line) => console.error(line);

// The project: the five seeds as Markdown files in a temporary folder.
const project = mkdtempSync(join(tmpdir(), 'headway-bench-serve-'));
const seeds = readdirSync(join(SHARED, 'seeds')).filter((name) => name.endsWith('.txt')).sort();
for (const name of seeds) copyFileSync(join(SHARED, 'seeds', name), join(project, name.replace(/\.txt$/, '.md')));
const largest = seeds.map((name) => name.replace(/\.txt$/, '.md')).sort((a, b) => statSync(join(project, b)).size - statSync(join(project, a)).size)[0];

const server = spawn(process.execPath, [CLI, 'serve', project, '--port', '0', '--token', 'bench'], { stdio: ['ignore', 'ignore', 'pipe'] });
const url = await new Promise((resolve, reject) => {
  let stderr = '';
  server.stderr.on('data', (chunk) => {
    stderr += chunk;
    const found = /at (http:\/\/\S+)/.exec(stderr);
    if (found) resolve(found[1]);
  });
  server.on('exit', (code) => reject(new Error(`headway serve exited (${code}): ${stderr}`)));
});
const name = project.split('/').pop();
log(`serving ${project} at ${url}`);

try {
  // (a) the document endpoint under 200 connections.
  const target = `${url}/api/projects/${name}/documents/${encodeURIComponent(largest)}`;
  log(`(a) ${CONNECTIONS} connections for ${DURATION} s on ${target}`);
  const runs = hasWrk()
    ? [
        { label: 'wrk, gzip (as browsers ask)', ...runWrk(target, ['-H', 'Accept-Encoding: gzip']) },
        { label: 'wrk, uncompressed', ...runWrk(target, []) },
      ]
    : [{ label: 'autocannon, uncompressed', ...(await runAutocannon(target)) }];

  // (b) 500 SSE clients, then one write.
  log(`(b) ${CLIENTS} live clients, then one file written`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const clients = await Promise.all(Array.from({ length: CLIENTS }, () => openStream(`${url}/api/events`, agent)));
  const file = join(project, largest);
  const written = performance.now();
  writeFileSync(file, readFileSync(file, 'utf8').replace('- [ ]', '- [x]'));
  const delivered = await Promise.all(clients.map((client) => client.next('event: document', 10_000)));
  const times = delivered.filter((t) => t !== null).map((t) => t - written).sort((a, b) => a - b);
  for (const client of clients) client.close();
  agent.destroy();

  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(`\n${describeMachine()}`);
  console.log(`project: the 5 seeds (${largest}, ${statSync(file).size} bytes, is the document read)\n`);
  printTable(['measure', 'value'], [
    ...runs.flatMap((run) => [
      [`(a) document endpoint, ${CONNECTIONS} connections, ${DURATION} s, ${run.label}`, `${run.rps} req/s`],
      ['    latency p50 / p99', `${run.p50} / ${run.p99} ms`],
      ['    errors + non-2xx', String(run.failures)],
    ]),
    [`(b) SSE clients that got the update`, `${times.length} of ${CLIENTS}`],
    ['(b) delivery after the write: median / p99 / last', `${Math.round(at(0.5))} / ${Math.round(at(0.99))} / ${Math.round(times[times.length - 1])} ms`],
  ]);
  console.log('');
  printTable(['target', 'measured', 'goal', 'verdict'], [
    ...runs.map((run) => [`(a) p99 latency, ${run.label}`, `${run.p99} ms`, '< 50 ms', run.p99 < 50 ? 'PASS' : 'MISS']),
    ...runs.map((run) => [`(a) errors, ${run.label}`, String(run.failures), '0', run.failures === 0 ? 'PASS' : 'MISS']),
    ['(b) every client updated', `${times.length}/${CLIENTS}`, `${CLIENTS}/${CLIENTS}`, times.length === CLIENTS ? 'PASS' : 'MISS'],
  ]);
} finally {
  server.kill();
  rmSync(project, { recursive: true, force: true });
}

function round(value) {
  return Math.round(value * 10) / 10;
}

function hasWrk() {
  return spawnSync('wrk', ['--version']).error === undefined;
}

/** wrk, one thread (the other core is the server's), after a 2 s warm-up. */
function runWrk(target, headers) {
  spawnSync('wrk', ['-t1', '-c10', '-d2s', ...headers, target]);
  const out = spawnSync('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${DURATION}s`, '--latency', ...headers, target], { encoding: 'utf8' }).stdout;
  const ms = (text) => (text.endsWith('us') ? Number.parseFloat(text) / 1000 : text.endsWith('ms') ? Number.parseFloat(text) : Number.parseFloat(text) * 1000);
  const quantile = (q) => ms(new RegExp(`^\\s+${q}%\\s+(\\S+)`, 'm').exec(out)?.[1] ?? 'NaN');
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  const failures = non2xx + (errors ? errors.slice(1).reduce((n, x) => n + Number(x), 0) : 0);
  return { rps: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1])), p50: round(quantile(50)), p99: round(quantile(99)), failures };
}

async function runAutocannon(target) {
  await autocannon({ url: target, connections: 10, duration: 2 });
  const load = await autocannon({ url: target, connections: CONNECTIONS, duration: DURATION });
  return { rps: Math.round(load.requests.average), p50: load.latency.p50, p99: load.latency.p99, failures: load.errors + load.timeouts + load.non2xx };
}

/** An SSE stream: `next(text)` resolves with the time the first chunk holding `text` arrived (null on timeout). */
function openStream(address, agent) {
  return new Promise((resolve, reject) => {
    const request = http.get(address, { agent }, (response) => {
      let buffer = '';
      const waiting = [];
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        buffer += chunk;
        const now = performance.now();
        for (const wait of waiting.splice(0)) {
          if (buffer.includes(wait.text)) wait.resolve(now);
          else waiting.push(wait);
        }
      });
      resolve({
        next(text, timeout) {
          if (buffer.includes(text)) return Promise.resolve(performance.now());
          return new Promise((done) => {
            waiting.push({ text, resolve: done });
            setTimeout(() => done(null), timeout);
          });
        },
        close: () => request.destroy(),
      });
    });
    request.on('error', reject);
  });
}
