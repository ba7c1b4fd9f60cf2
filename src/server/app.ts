import { createHash, timingSafeEqual } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { explain } from '../compute/explain.js';
import { badgeSvg } from '../format/badge.js';
import { formatExplainJson } from '../format/explain-json.js';
import { historyJson } from '../format/history-json.js';
import { progressJson } from '../format/json-parts.js';
import { SCHEMA_VERSION } from '../format/json-types.js';
import { ITEM_STATES } from '../model/item.js';
import { ApiError, errorAnswer, notFound } from './errors.js';
import { sseFrame } from './events.js';
import type { ItemRef, Portfolio } from './portfolio.js';
import type { ProjectState } from './project-state.js';

/** How the API is served. */
export interface AppOptions {
  /** Required on writes (and on everything when `tokenForReads`); null: writes are refused. */
  readonly token: string | null;
  /** Reads need the token too (the server listens beyond loopback). */
  readonly tokenForReads: boolean;
  /** Changes an item's state by editing its file; absent: the write endpoint answers 501. */
  readonly setState?: (ref: ItemRef, state: string, expectedHash: string | null) => Promise<{ hash: string }>;
  readonly now?: () => Date;
  /** Writes allowed per client per minute. */
  readonly writesPerMinute?: number;
}

/** Request bodies are small: a state and a hash. */
const BODY_LIMIT = 16 * 1024;

const STATE = { type: 'string', enum: [...ITEM_STATES] } as const;
const PROJECT = { type: 'object', required: ['project'], properties: { project: { type: 'string', maxLength: 200 } } } as const;
const DOCUMENT = { type: 'object', required: ['project', '*'], properties: { project: { type: 'string', maxLength: 200 }, '*': { type: 'string', maxLength: 4096 } } } as const;
const ANY_OBJECT = { type: 'object', additionalProperties: true } as const;

/**
 * The HTTP API: thin routes over the analysed projects (`Portfolio`). Every answer is JSON
 * (errors `{ error: { code, message } }`), reads carry ETags, writes need the token, and
 * document text only ever leaves as JSON strings (never as HTML).
 */
export async function buildApp(portfolio: Portfolio, options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit: BODY_LIMIT, logger: false, routerOptions: { maxParamLength: 4096 }, return503OnClosing: true });
  const now = options.now ?? (() => new Date());
  await registerDocs(app);

  app.setErrorHandler((error, _request, reply) => {
    const { status, body } = errorAnswer(error);
    void reply.status(status).header('cache-control', 'no-store').send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ error: { code: 'not-found', message: `no route ${request.method} ${request.url.split('?')[0]}` } });
  });
  app.addHook('onRequest', async (request) => {
    const write = request.method !== 'GET' && request.method !== 'HEAD';
    if (!write && !options.tokenForReads) return;
    if (options.token === null) throw new ApiError(403, 'read-only', 'this server takes no writes: start it with --token or HEADWAY_TOKEN');
    if (!tokenMatches(request, options.token)) throw new ApiError(401, 'unauthorized', 'a valid token is needed (header Authorization: Bearer <token>)');
  });
  app.addHook('onSend', async (_request, reply) => {
    void reply.header('x-content-type-options', 'nosniff');
    if (!reply.hasHeader('content-security-policy')) void reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
  });

  app.get('/api/projects', { schema: { summary: 'Every served project with its totals', tags: ['projects'], response: { 200: ANY_OBJECT } } }, async (request, reply) => {
    const projects = portfolio.projects.map(projectSummary);
    return cached(request, reply, etagOf(portfolio.projects.map((p) => `${p.name}:${p.version}`).join(',')), { schemaVersion: SCHEMA_VERSION, projects });
  });

  app.get<{ Params: { project: string } }>('/api/projects/:project', { schema: { summary: 'A project: its totals and documents', tags: ['projects'], params: PROJECT, response: { 200: ANY_OBJECT } } }, async (request, reply) => {
    const project = portfolio.project(request.params.project);
    const documents = [...project.documents.values()]
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((d) => ({ path: d.path, title: d.json.title, hash: d.hash, progress: d.json.progress, claim: d.json.claim, findings: d.json.findings.length }));
    return cached(request, reply, etagOf(`${project.name}:${project.version}`), { schemaVersion: SCHEMA_VERSION, ...projectSummary(project), documents });
  });

  app.get<{ Params: { project: string; '*': string } }>('/api/projects/:project/documents/*', { schema: { summary: 'A document, in the `headway status --json` contract', tags: ['documents'], params: DOCUMENT, response: { 200: ANY_OBJECT } } }, async (request, reply) => {
    const project = portfolio.project(request.params.project);
    const document = portfolio.document(project, request.params['*']);
    const etag = `"${document.hash}"`;
    void reply.header('etag', etag).header('cache-control', 'no-cache');
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
    // The most read answer: serialised (and compressed) once per version of the document, then sent as it is.
    void reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return reply.header('content-encoding', 'gzip').send(gzipped(document));
    return reply.send(document.body);
  });

  app.get<{ Params: { project: string }; Querystring: { path?: string } }>(
    '/api/projects/:project/sections',
    { schema: { summary: 'Sections, flattened, with their progress', tags: ['documents'], params: PROJECT, querystring: { type: 'object', properties: { path: { type: 'string' } } }, response: { 200: ANY_OBJECT } } },
    async (request, reply) => {
      const project = portfolio.project(request.params.project);
      const documents = request.query.path === undefined ? [...project.documents.values()] : [portfolio.document(project, request.query.path)];
      const sections = documents.flatMap((document) => flatSections(document.json.sections, document.path, []));
      return cached(request, reply, etagOf(`${project.name}:${project.version}:${request.url}`), { schemaVersion: SCHEMA_VERSION, sections });
    },
  );

  app.get<{ Params: { project: string }; Querystring: { state?: string; section?: string; text?: string; path?: string; limit?: number; cursor?: string } }>(
    '/api/projects/:project/items',
    {
      schema: {
        summary: 'Items, filtered and paginated (cursor: pass `next` back)',
        tags: ['items'],
        params: PROJECT,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            state: STATE,
            section: { type: 'string', maxLength: 1000, description: 'section key or its start (`Roadmap › Phase 1`)' },
            text: { type: 'string', maxLength: 1000, description: 'a substring of the text, case ignored' },
            path: { type: 'string', maxLength: 4096 },
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
            cursor: { type: 'string', maxLength: 200 },
          },
        },
        response: { 200: ANY_OBJECT },
      },
    },
    async (request, reply) => {
      const project = portfolio.project(request.params.project);
      const { state, section, text, path, cursor } = request.query;
      const limit = request.query.limit ?? 100;
      const needle = text?.toLowerCase();
      const after = cursor === undefined ? null : decodeCursor(cursor);
      const all = portfolio.items(project, path).filter(
        (ref) =>
          (state === undefined || ref.item.state === state) &&
          (section === undefined || ref.section === section || ref.section.startsWith(`${section} › `)) &&
          (needle === undefined || ref.item.text.toLowerCase().includes(needle)) &&
          (after === null || positionAfter(ref, after)),
      );
      const page = all.slice(0, limit);
      const last = page[page.length - 1];
      const next = all.length > limit && last !== undefined ? encodeCursor(last) : null;
      const items = page.map((ref) => itemBody(ref));
      return cached(request, reply, etagOf(`${project.name}:${project.version}:${request.url}`), { schemaVersion: SCHEMA_VERSION, items, next });
    },
  );

  app.get<{ Params: { project: string }; Querystring: { path?: string; severity?: string } }>(
    '/api/projects/:project/findings',
    { schema: { summary: 'Findings of every document', tags: ['documents'], params: PROJECT, querystring: { type: 'object', additionalProperties: false, properties: { path: { type: 'string' }, severity: { type: 'string', enum: ['error', 'warning', 'info'] } } }, response: { 200: ANY_OBJECT } } },
    async (request, reply) => {
      const project = portfolio.project(request.params.project);
      const documents = request.query.path === undefined ? [...project.documents.values()] : [portfolio.document(project, request.query.path)];
      const findings = documents.flatMap((d) => d.json.findings.map((f) => ({ path: d.path, ...f }))).filter((f) => request.query.severity === undefined || f.severity === request.query.severity);
      return cached(request, reply, etagOf(`${project.name}:${project.version}:${request.url}`), { schemaVersion: SCHEMA_VERSION, findings });
    },
  );

  app.get<{ Params: { project: string } }>('/api/projects/:project/metrics', { schema: { summary: 'Metrics (KPIs) of every document', tags: ['documents'], params: PROJECT, response: { 200: ANY_OBJECT } } }, async (request, reply) => {
    const project = portfolio.project(request.params.project);
    const metrics = [...project.documents.values()].flatMap((d) => d.json.metrics.map((m) => ({ path: d.path, ...m })));
    return cached(request, reply, etagOf(`${project.name}:${project.version}:metrics`), { schemaVersion: SCHEMA_VERSION, metrics });
  });

  app.get<{ Params: { project: string }; Querystring: { path: string; line?: number; section?: string } }>(
    '/api/projects/:project/explain',
    {
      schema: {
        summary: 'Every item behind a figure, and the arithmetic (`headway explain --json`)',
        tags: ['documents'],
        params: PROJECT,
        querystring: { type: 'object', required: ['path'], additionalProperties: false, properties: { path: { type: 'string' }, line: { type: 'integer', minimum: 1 }, section: { type: 'string', maxLength: 1000 } } },
        response: { 200: ANY_OBJECT },
      },
    },
    async (request, reply) => {
      const project = portfolio.project(request.params.project);
      const document = portfolio.document(project, request.query.path);
      const { line, section } = request.query;
      const query = line !== undefined ? { line } : section !== undefined ? { section } : ({ document: true } as const);
      const explanation = explain(document.report, query, project.settings.options.countOptional);
      if (explanation === null) throw notFound(line !== undefined ? `a figure at line ${line}` : `section '${section}'`);
      const text = formatExplainJson(explanation, { path: document.path, countOptional: project.settings.options.countOptional, indent: 0 });
      return cached(request, reply, `"${document.hash}-${etagOf(request.url).slice(1, -1)}"`, JSON.parse(text));
    },
  );

  app.get<{ Params: { project: string }; Querystring: { section?: string; sections?: boolean } }>(
    '/api/projects/:project/history',
    {
      schema: {
        summary: 'History series, throughput and forecasts (`headway history --json`)',
        tags: ['history'],
        params: PROJECT,
        querystring: { type: 'object', additionalProperties: false, properties: { section: { type: 'string', maxLength: 1000 }, sections: { type: 'boolean' } } },
        response: { 200: ANY_OBJECT },
      },
    },
    async (request, reply) => {
      const project = portfolio.project(request.params.project);
      const analysis = await portfolio.history(project, now());
      const json = historyJson(analysis, analysis.repository === null ? 'not a git repository: no history' : null, { sectionSeries: request.query.sections === true, displayPath: (path) => path, root: project.settings.root });
      const wanted = request.query.section?.toLowerCase();
      const documents = wanted === undefined ? json.documents : json.documents.map((d) => ({ ...d, sections: d.sections.filter((s) => s.title.toLowerCase() === wanted || s.key.toLowerCase() === wanted) }));
      return cached(request, reply, etagOf(`${project.name}:${project.version}:${analysis.repository?.head ?? ''}:${request.url}`), { ...json, documents });
    },
  );

  app.post<{ Params: { id: string }; Body: { state: string; hash?: string } }>(
    '/api/items/:id/state',
    {
      schema: {
        summary: "Changes an item's state by rewriting its marker in the file",
        tags: ['items'],
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 200 } } },
        body: { type: 'object', required: ['state'], additionalProperties: false, properties: { state: STATE, hash: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'the document hash the client read; a different file is refused (409)' } } },
        response: { 200: ANY_OBJECT },
      },
    },
    async (request) => {
      if (!limiter.take(request.ip)) throw new ApiError(429, 'rate-limited', 'too many writes: try again in a minute');
      if (options.setState === undefined) throw new ApiError(501, 'not-implemented', 'this server cannot edit files');
      const ref = portfolio.item(request.params.id);
      const { hash } = await options.setState(ref, request.body.state, request.body.hash ?? null);
      return { schemaVersion: SCHEMA_VERSION, id: ref.id, state: request.body.state, hash };
    },
  );
  const limiter = rateLimiter(options.writesPerMinute ?? 120);

  app.get<{ Params: { file: string }; Querystring: { path?: string; section?: string } }>(
    '/badge/:file',
    { schema: { summary: 'An SVG badge with the computed percent (`/badge/<project>.svg`, `?path=` a document, `&section=` a section)', tags: ['badges'], params: { type: 'object', required: ['file'], properties: { file: { type: 'string', pattern: '\\.svg$', maxLength: 205 } } }, querystring: { type: 'object', additionalProperties: false, properties: { path: { type: 'string' }, section: { type: 'string' } } } } },
    async (request, reply) => {
      const project = portfolio.project(request.params.file.slice(0, -'.svg'.length));
      const { fraction, label } = badgeFigures(portfolio, project, request.query.path, request.query.section);
      const etag = etagOf(`${project.name}:${project.version}:${request.url}`);
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();
      return reply.header('etag', etag).header('cache-control', 'no-cache').type('image/svg+xml; charset=utf-8').send(badgeSvg(label, fraction));
    },
  );

  app.get('/api/events', { schema: { summary: 'Live updates (Server-Sent Events; resumes from Last-Event-ID)', tags: ['live'] } }, (request, reply) => {
    const header = request.headers['last-event-id'];
    const lastId = typeof header === 'string' && /^\d+$/.test(header) ? Number(header) : null;
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-content-type-options': 'nosniff' });
    raw.write(': headway live updates\nretry: 1000\n\n');
    const unsubscribe = portfolio.events.subscribe((event) => raw.write(sseFrame(event)), lastId);
    // A comment now and then keeps proxies from closing an idle stream.
    const keepAlive = setInterval(() => raw.write(': keep-alive\n\n'), 15_000);
    request.raw.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  });

  return app;
}

/** The OpenAPI description at /api/openapi.json and the page that renders it at /api/docs. */
async function registerDocs(app: FastifyInstance): Promise<void> {
  const [{ default: swagger }, { default: swaggerUi }] = await Promise.all([import('@fastify/swagger'), import('@fastify/swagger-ui')]);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Headway API', version: String(SCHEMA_VERSION), description: 'Real progress of Markdown progress documents. Every JSON answer carries `schemaVersion`; errors are `{ error: { code, message } }`.' },
      components: { securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
      security: [{ token: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

function projectSummary(project: ProjectState) {
  let done = 0;
  let total = 0;
  let sum = 0;
  let findings = 0;
  for (const document of project.documents.values()) {
    const progress = document.report.progress;
    done += progress.done;
    total += progress.total;
    sum += (progress.fraction ?? 0) * progress.total;
    findings += document.report.findings.length;
  }
  return { name: project.name, documents: project.documents.size, progress: { done, total, fraction: total > 0 ? sum / total : null }, findings, version: project.version };
}

/** Sections at every depth, with their document and key. */
function flatSections(sections: readonly { title: string; path: readonly string[]; progress: unknown; claim: unknown; sections: readonly unknown[] }[], path: string, into: unknown[]): unknown[] {
  for (const section of sections) {
    into.push({ path, key: section.path.join(' › '), title: section.title, progress: section.progress, claim: section.claim });
    flatSections(section.sections as typeof sections, path, into);
  }
  return into;
}

function itemBody(ref: ItemRef) {
  const { item } = ref;
  return {
    id: ref.id,
    path: ref.document.path,
    section: ref.section,
    kind: item.kind,
    state: item.state,
    text: item.text,
    line: item.line,
    column: item.column,
    marker: item.marker?.text ?? null,
    percent: item.percent,
    priority: item.priority,
    owner: item.owner,
    due: item.due,
    hash: ref.document.hash,
  };
}

/** Where the next page starts: after this document and position. */
interface Cursor {
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

function encodeCursor(ref: ItemRef): string {
  return Buffer.from(JSON.stringify([ref.document.path, ref.item.line, ref.item.column])).toString('base64url');
}

function decodeCursor(cursor: string): Cursor {
  try {
    const [path, line, column] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof path === 'string' && typeof line === 'number' && typeof column === 'number') return { path, line, column };
  } catch {
    // fall through
  }
  throw new ApiError(400, 'bad-request', 'querystring/cursor is not a cursor this server gave');
}

function positionAfter(ref: ItemRef, after: Cursor): boolean {
  const path = ref.document.path;
  if (path !== after.path) return path > after.path;
  return ref.item.line > after.line || (ref.item.line === after.line && ref.item.column > after.column);
}

function badgeFigures(portfolio: Portfolio, project: ProjectState, path: string | undefined, section: string | undefined): { fraction: number | null; label: string } {
  if (path === undefined) {
    const summary = projectSummary(project);
    return { fraction: summary.progress.fraction, label: project.name };
  }
  const document = portfolio.document(project, path);
  if (section === undefined) return { fraction: document.report.progress.fraction, label: document.json.title };
  const wanted = section.toLowerCase();
  const find = (sections: typeof document.report.sections): (typeof document.report.sections)[number] | null => {
    for (const s of sections) {
      if (s.section.title.toLowerCase() === wanted || s.section.path.join(' › ').toLowerCase() === wanted) return s;
      const inner = find(s.sections);
      if (inner) return inner;
    }
    return null;
  };
  const found = find(document.report.sections);
  if (found === null) throw notFound(`section '${section}' in '${path}'`);
  return { fraction: progressJson(found.progress).fraction, label: found.section.title };
}

const compressed = new WeakMap<object, Buffer>();

/** A document's answer gzipped, once. */
function gzipped(document: { readonly body: Buffer }): Buffer {
  let body = compressed.get(document);
  if (body === undefined) compressed.set(document, (body = gzipSync(document.body)));
  return body;
}

/** An ETag answered with 304 when the client has it. */
function cached(request: FastifyRequest, reply: FastifyReply, etag: string, body: unknown): unknown {
  void reply.header('etag', etag).header('cache-control', 'no-cache');
  if (request.headers['if-none-match'] === etag) return reply.status(304).send();
  return body;
}

function etagOf(text: string): string {
  return `"${createHash('sha1').update(text).digest('base64url')}"`;
}

function tokenMatches(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization;
  const given = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice('Bearer '.length) : request.headers['x-headway-token'];
  if (typeof given !== 'string') return false;
  const [a, b] = [Buffer.from(given), Buffer.from(token)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** At most `perMinute` writes per client in any minute (a token bucket refilled continuously). */
function rateLimiter(perMinute: number): { take(client: string): boolean } {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(client) {
      const time = Date.now();
      const bucket = buckets.get(client) ?? { tokens: perMinute, at: time };
      bucket.tokens = Math.min(perMinute, bucket.tokens + ((time - bucket.at) / 60_000) * perMinute);
      bucket.at = time;
      buckets.set(client, bucket);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
  };
}
