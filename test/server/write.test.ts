/** The API's write: POST /api/items/{id}/state edits the file through the edit path, and nothing else. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { defaultAnalyzeOptions } from '../../src/pipeline/options.js';
import { DEFAULT_INCLUDE } from '../../src/scan/defaults.js';
import { buildApp } from '../../src/server/app.js';
import { Portfolio } from '../../src/server/portfolio.js';
import { ProjectState } from '../../src/server/project-state.js';
import { stateSetter } from '../../src/server/set-state.js';

const TOKEN = 'write-token';
const PLAN = '# Plan\r\n\r\n- [ ] one\r\n- [ ] two\r\n- [x] three\r\n- ✅ Docs\r\n';

let root: string;
let app: FastifyInstance;
let portfolio: Portfolio;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'headway-write-'));
  writeFileSync(join(root, 'PLAN.md'), PLAN);
  const project = await ProjectState.load({ name: 'p', root, globs: { include: DEFAULT_INCLUDE, exclude: [] }, options: defaultAnalyzeOptions() });
  portfolio = new Portfolio([project]);
  app = await buildApp(portfolio, { token: TOKEN, tokenForReads: false, setState: stateSetter(portfolio), writesPerMinute: 1000 });
});

afterEach(async () => {
  await app.close();
  rmSync(root, { recursive: true, force: true });
});

async function itemId(text: string): Promise<string> {
  const items = (await app.inject({ method: 'GET', url: '/api/projects/p/items' })).json().items as { id: string; text: string }[];
  return items.find((item) => item.text === text)!.id;
}

const post = (id: string, body: object) =>
  app.inject({ method: 'POST', url: `/api/items/${id}/state`, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, payload: JSON.stringify(body) });

test('a state change rewrites only the marker, is served at once and announced', async () => {
  const before = readFileSync(join(root, 'PLAN.md'));
  const answer = await post(await itemId('two'), { state: 'done' });
  assert.equal(answer.statusCode, 200, answer.body);
  const after = readFileSync(join(root, 'PLAN.md'));
  assert.equal(after.length, before.length);
  const differing = [...after].flatMap((byte, i) => (byte === before[i] ? [] : [i]));
  assert.deepEqual(differing, [PLAN.indexOf('- [ ] two') + 3], 'one byte: the box');
  assert.equal(after.toString('utf8'), PLAN.replace('- [ ] two', '- [x] two'), 'CRLF kept');
  assert.equal(answer.json().hash, portfolio.projects[0]!.documents.get('PLAN.md')!.hash);
  const items = (await app.inject({ method: 'GET', url: '/api/projects/p/items?state=done' })).json().items as { text: string }[];
  assert.deepEqual(items.map((item) => item.text), ['two', 'three', 'Docs']);
  const announced: string[] = [];
  portfolio.events.subscribe((event) => announced.push(event.type), 0);
  assert.deepEqual(announced, ['document']);
});

test('a write against a file that changed since it was read is refused (409) and writes nothing', async () => {
  const id = await itemId('one');
  const stale = portfolio.projects[0]!.documents.get('PLAN.md')!.hash;
  writeFileSync(join(root, 'PLAN.md'), PLAN.replace('- [ ] two', '- [/] two'));
  const answer = await post(id, { state: 'done', hash: stale });
  assert.equal(answer.statusCode, 409);
  assert.equal(answer.json().error.code, 'conflict');
  assert.equal(readFileSync(join(root, 'PLAN.md'), 'utf8'), PLAN.replace('- [ ] two', '- [/] two'), 'the other writer\'s version stands');
});

test('refusals: an unknown item (404), a state the marker cannot say (422)', async () => {
  assert.equal((await post('deadbeef-0000000000000', { state: 'done' })).statusCode, 404);
  const icon = await post(await itemId('Docs'), { state: 'cancelled' });
  assert.ok(icon.statusCode === 200 || icon.statusCode === 422, `${icon.statusCode} ${icon.body}`);
  const unchanged = await post(await itemId('three'), { state: 'done' });
  assert.equal(unchanged.statusCode, 200, 'already done: nothing to write');
});

test('parallel writers naming the same version: one wins, the others are refused, no update lost', async () => {
  const ids = await Promise.all(['one', 'two', 'three'].map(itemId));
  const hash = portfolio.projects[0]!.documents.get('PLAN.md')!.hash;
  const answers = await Promise.all(ids.map((id, i) => post(id, { state: i === 2 ? 'open' : 'done', hash })));
  const codes = answers.map((a) => a.statusCode).sort();
  assert.deepEqual(codes, [200, 409, 409]);
  const text = readFileSync(join(root, 'PLAN.md'), 'utf8');
  const winner = answers.findIndex((a) => a.statusCode === 200);
  const expected = [PLAN.replace('- [ ] one', '- [x] one'), PLAN.replace('- [ ] two', '- [x] two'), PLAN.replace('- [x] three', '- [ ] three')][winner];
  assert.equal(text, expected);
});

test('with an outside process rewriting the file meanwhile, every answer is a write or a refusal, and the file is always whole', async () => {
  const versions = [PLAN, PLAN.replace('one', 'uno'), PLAN.replace('two', 'dos')];
  const script = `const fs=require('fs');const v=${JSON.stringify(versions)};let i=0;const t=setInterval(()=>{const tmp=process.argv[1]+'.'+i+'.tmp';fs.writeFileSync(tmp,v[i++%3]);fs.renameSync(tmp,process.argv[1]);},3);setTimeout(()=>{clearInterval(t);process.exit(0)},600);`;
  const outside = spawn(process.execPath, ['-e', script, join(root, 'PLAN.md')]);
  const done = new Promise((resolve) => outside.on('exit', resolve));
  const deadline = Date.now() + 500;
  while (Date.now() < deadline) {
    const project = portfolio.projects[0]!;
    await project.refresh(['PLAN.md']);
    const items = (await app.inject({ method: 'GET', url: '/api/projects/p/items?state=open' })).json().items as { id: string }[];
    if (items[0] === undefined) continue;
    const answer = await post(items[0].id, { state: 'done' });
    assert.ok([200, 404, 409].includes(answer.statusCode), `${answer.statusCode} ${answer.body}`);
    const text = readFileSync(join(root, 'PLAN.md'), 'utf8');
    assert.ok(text.startsWith('# Plan\r\n') && text.endsWith('✅ Docs\r\n'), 'never a torn file');
  }
  await done;
});

test('writes are rate-limited per client', async () => {
  const limited = await buildApp(portfolio, { token: TOKEN, tokenForReads: false, setState: stateSetter(portfolio), writesPerMinute: 2 });
  try {
    const id = await itemId('three');
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) {
      codes.push((await limited.inject({ method: 'POST', url: `/api/items/${id}/state`, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, payload: '{"state":"done"}' })).statusCode);
    }
    assert.deepEqual(codes, [200, 200, 429, 429]);
  } finally {
    await limited.close();
  }
});
