/** The HTTP API over a project folder, through Fastify's inject (no socket) and, for live updates, a real one. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { defaultAnalyzeOptions } from '../../src/pipeline/options.js';
import { DEFAULT_INCLUDE } from '../../src/scan/defaults.js';
import { buildApp } from '../../src/server/app.js';
import { Portfolio } from '../../src/server/portfolio.js';
import { ProjectState } from '../../src/server/project-state.js';
import { refresh } from '../../src/server/refresh.js';
import { serve } from '../../src/server/serve.js';

const NOW = new Date('2026-03-20T12:00:00Z');
const PLAN = '# Plan\n\n## Phase 1: Core\n\n**Progress**: 90%\n\n- [x] Parse\n- [ ] Extract\n- [ ] Compute <b>bold</b>\n\n## Phase 2\n\n- ✅ Docs\n- [ ] Release\n';
const TOKEN = 'secret-token-for-tests';

let root: string;
let outside: string;
let app: FastifyInstance;
let portfolio: Portfolio;

async function load(folder: string): Promise<ProjectState> {
  return ProjectState.load({ name: 'demo', root: folder, globs: { include: DEFAULT_INCLUDE, exclude: [] }, options: defaultAnalyzeOptions(NOW) });
}

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'headway-serve-'));
  outside = mkdtempSync(join(tmpdir(), 'headway-outside-'));
  writeFileSync(join(root, 'PLAN.md'), PLAN);
  mkdirSync(join(root, 'docs'));
  writeFileSync(join(root, 'docs', 'todo.md'), '# TODO\n\n- [ ] a\n- [x] b\n');
  writeFileSync(join(outside, 'secret.md'), '# Secret\n\n- [x] hidden\n');
  symlinkSync(join(outside, 'secret.md'), join(root, 'docs', 'link.md'));
  portfolio = new Portfolio([await load(root)]);
  app = await buildApp(portfolio, { token: TOKEN, tokenForReads: false, now: () => NOW });
});

after(async () => {
  await app.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

describe('reads', () => {
  test('projects, a project, a document in the status contract', async () => {
    const projects = await get('/api/projects');
    assert.equal(projects.statusCode, 200);
    const body = projects.json();
    assert.equal(body.schemaVersion, 1);
    assert.deepEqual(body.projects.map((p: { name: string; documents: number; progress: { done: number; total: number } }) => [p.name, p.documents, p.progress.done, p.progress.total]), [['demo', 2, 3, 7]]);
    const project = (await get('/api/projects/demo')).json();
    assert.deepEqual(project.documents.map((d: { path: string }) => d.path), ['PLAN.md', 'docs/todo.md'], 'a symlink pointing out of the project is not served');
    const document = (await get('/api/projects/demo/documents/PLAN.md')).json();
    assert.equal(document.document.path, 'PLAN.md');
    assert.equal(document.document.title, 'Plan');
    assert.match(document.hash, /^[0-9a-f]{64}$/);
    assert.equal(document.document.sections[0].sections[0].claim.percent, 90);
  });

  test('ETags: a second read with If-None-Match is 304', async () => {
    const first = await get('/api/projects/demo/documents/PLAN.md');
    const etag = first.headers.etag as string;
    assert.ok(etag);
    const again = await get('/api/projects/demo/documents/PLAN.md', { 'if-none-match': etag });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
  });

  test('items: filters and a cursor that pages without gaps or repeats', async () => {
    const all = (await get('/api/projects/demo/items')).json();
    assert.equal(all.items.length, 7);
    assert.equal(all.next, null);
    const open = (await get('/api/projects/demo/items?state=open')).json();
    assert.deepEqual(open.items.map((i: { text: string }) => i.text), ['Extract', 'Compute bold', 'Release', 'a']);
    const section = (await get(`/api/projects/demo/items?section=${encodeURIComponent('Plan › Phase 1: Core')}`)).json();
    assert.equal(section.items.length, 3);
    const text = (await get('/api/projects/demo/items?text=RELEASE')).json();
    assert.deepEqual(text.items.map((i: { text: string }) => i.text), ['Release']);
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: { items: { id: string }[]; next: string | null } = (await get(`/api/projects/demo/items?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...page.items.map((i) => i.id));
      cursor = page.next;
    }
    assert.deepEqual(seen, all.items.map((i: { id: string }) => i.id));
  });

  test('sections, findings, metrics, explain', async () => {
    const sections = (await get('/api/projects/demo/sections?path=PLAN.md')).json();
    assert.deepEqual(sections.sections.map((s: { key: string }) => s.key), ['Plan', 'Plan › Phase 1: Core', 'Plan › Phase 2']);
    const findings = (await get('/api/projects/demo/findings')).json();
    assert.ok(findings.findings.some((f: { ruleId: string; path: string }) => f.ruleId === 'claim-drift' && f.path === 'PLAN.md'), 'the 90 % claim over 1 of 3 drifts');
    assert.equal((await get('/api/projects/demo/metrics')).statusCode, 200);
    const explained = (await get('/api/projects/demo/explain?path=PLAN.md&section=Phase%201%3A%20Core')).json();
    assert.equal(explained.items.length, 3);
  });

  test('a badge: SVG, the percent, the label escaped', async () => {
    const badge = await get('/badge/demo.svg');
    assert.equal(badge.statusCode, 200);
    assert.match(String(badge.headers['content-type']), /^image\/svg\+xml/);
    assert.match(badge.body, />42%</);
    const section = await get('/badge/demo.svg?path=PLAN.md&section=Phase%201%3A%20Core');
    assert.match(section.body, />33%</);
    assert.ok(!section.body.includes('<script'));
  });
});

describe('errors and limits', () => {
  test('unknown project, document, route: 404 with the one error body', async () => {
    for (const url of ['/api/projects/nope', '/api/projects/demo/documents/none.md', '/api/nothing']) {
      const answer = await get(url);
      assert.equal(answer.statusCode, 404, url);
      assert.equal(answer.json().error.code, 'not-found', url);
    }
  });

  test('paths are confined to the served documents', async () => {
    for (const path of ['../etc/passwd', '%2e%2e/%2e%2e/etc/passwd', '..%2fsecret.md', '/etc/passwd', 'docs/link.md', `${'..%2f'.repeat(5)}etc%2fpasswd`]) {
      const answer = await get(`/api/projects/demo/documents/${path}`);
      assert.ok(answer.statusCode === 404 || answer.statusCode === 400, `${path}: ${answer.statusCode}`);
      assert.ok(!answer.body.includes('hidden') && !answer.body.includes('root:'), path);
    }
    const explain = await get('/api/projects/demo/explain?path=../../etc/passwd');
    assert.equal(explain.statusCode, 404);
  });

  test('a bad query names the field (400)', async () => {
    const answer = await get('/api/projects/demo/items?limit=0');
    assert.equal(answer.statusCode, 400);
    assert.match(answer.json().error.message, /limit/);
    const state = await get('/api/projects/demo/items?state=finished');
    assert.equal(state.statusCode, 400);
    assert.match(state.json().error.message, /state/);
    assert.equal((await get('/api/projects/demo/items?cursor=garbage')).statusCode, 400);
  });

  test('writes need the token; bodies are small and well-formed', async () => {
    const id = (await get('/api/projects/demo/items?state=open')).json().items[0].id;
    const post = (headers: Record<string, string>, payload: string) => app.inject({ method: 'POST', url: `/api/items/${id}/state`, headers: { 'content-type': 'application/json', ...headers }, payload });
    assert.equal((await post({}, '{"state":"done"}')).statusCode, 401);
    assert.equal((await post({ authorization: 'Bearer wrong' }, '{"state":"done"}')).statusCode, 401);
    const bad = await post({ authorization: `Bearer ${TOKEN}` }, '{"state":"finished"}');
    assert.equal(bad.statusCode, 400);
    assert.equal((await post({ authorization: `Bearer ${TOKEN}` }, '{"state":')).statusCode, 400);
    const huge = await post({ authorization: `Bearer ${TOKEN}` }, JSON.stringify({ state: 'done', pad: 'x'.repeat(100_000) }));
    assert.equal(huge.statusCode, 413);
    assert.equal(huge.json().error.code, 'too-large');
    const notYet = await post({ authorization: `Bearer ${TOKEN}` }, '{"state":"done"}');
    assert.equal(notYet.statusCode, 501, 'no edit path given to this app');
  });

  test('pages carry a strict Content-Security-Policy, answers no CORS headers', async () => {
    const answer = await get('/api/projects', { origin: 'https://evil.example' });
    assert.match(String(answer.headers['content-security-policy']), /default-src 'none'/);
    assert.equal(answer.headers['access-control-allow-origin'], undefined);
  });
});

describe('the OpenAPI description', () => {
  test('OpenAPI 3.1 with every route', async () => {
    const spec = (await get('/api/openapi.json')).json();
    assert.equal(spec.openapi, '3.1.0');
    for (const path of ['/api/projects', '/api/projects/{project}', '/api/projects/{project}/items', '/api/items/{id}/state', '/api/events', '/badge/{file}']) assert.ok(spec.paths[path], path);
    const docs = await get('/api/docs/');
    assert.ok(docs.statusCode === 200 || docs.statusCode === 302, `docs page: ${docs.statusCode}`);
  });
});

describe('live updates', () => {
  test('a file written on disk reaches an SSE client within 300 ms, and a reconnecting client resumes', async () => {
    const served = await serve({
      folders: [root],
      cwd: root,
      host: '127.0.0.1',
      port: 0,
      token: TOKEN,
      watch: true,
      settingsFor: async () => ({ globs: { include: DEFAULT_INCLUDE, exclude: [] }, options: defaultAnalyzeOptions(NOW) }),
    });
    try {
      const controller = new AbortController();
      const response = await fetch(`${served.url}/api/events`, { signal: controller.signal });
      assert.equal(response.headers.get('content-type'), 'text/event-stream; charset=utf-8');
      const reader = response.body!.getReader();
      await reader.read(); // the greeting comment
      const written = performance.now();
      writeFileSync(join(root, 'docs', 'todo.md'), '# TODO\n\n- [x] a\n- [x] b\n');
      let text = '';
      while (!text.includes('event: document')) text += new TextDecoder().decode((await reader.read()).value);
      const elapsed = performance.now() - written;
      assert.ok(elapsed < 300, `delivered in ${elapsed.toFixed(0)} ms`);
      assert.match(text, /"path":"docs\/todo.md"/);
      assert.match(text, /"done":2/);
      const id = /id: (\d+)/.exec(text)![1]!;
      controller.abort();
      writeFileSync(join(root, 'PLAN.md'), PLAN.replace('- [ ] Release', '- [x] Release'));
      await new Promise((done) => setTimeout(done, 200));
      const resumed = await fetch(`${served.url}/api/events`, { headers: { 'last-event-id': id } });
      const again = resumed.body!.getReader();
      let replay = '';
      while (!replay.includes('PLAN.md')) replay += new TextDecoder().decode((await again.read()).value);
      assert.match(replay, /event: document/);
      await again.cancel();
    } finally {
      await served.close();
    }
  });

  test('refresh ignores files that are not documents and unchanged bytes', async () => {
    const project = portfolio.projects[0]!;
    await refresh(portfolio, project, ['PLAN.md']); // brings it up to the file (the test above changed it)
    const version = project.version;
    await refresh(portfolio, project, ['notes.txt', 'PLAN.md']);
    assert.equal(project.version, version, 'PLAN.md read again at the same bytes: nothing changed');
  });
});

describe('beyond loopback', () => {
  test('reads need the token too', async () => {
    const open = await buildApp(portfolio, { token: TOKEN, tokenForReads: true });
    try {
      assert.equal((await open.inject({ method: 'GET', url: '/api/projects' })).statusCode, 401);
      assert.equal((await open.inject({ method: 'GET', url: '/api/projects', headers: { authorization: `Bearer ${TOKEN}` } })).statusCode, 200);
      assert.equal((await open.inject({ method: 'GET', url: '/api/projects', headers: { 'x-headway-token': TOKEN } })).statusCode, 200);
    } finally {
      await open.close();
    }
  });
});
