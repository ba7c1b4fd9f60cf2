import assert from 'node:assert/strict';

/**
 * A structural check of `status --json` against the contract: every field present with the
 * right type (null where the contract allows). Fails with the JSON path of the first mismatch.
 */
export function assertStatusContract(json: unknown): void {
  const root = object(json, '$');
  assert.equal(root.schemaVersion, 1, '$.schemaVersion');
  array(root.documents, '$.documents').forEach((document, index) => assertDocument(document, `$.documents[${index}]`));
}

function assertDocument(value: unknown, at: string): void {
  const doc = object(value, at);
  string(doc.path, `${at}.path`);
  string(doc.title, `${at}.title`);
  number(doc.lines, `${at}.lines`);
  const encoding = object(doc.encoding, `${at}.encoding`);
  string(encoding.detected, `${at}.encoding.detected`);
  oneOf(encoding.repair, ['none', 'lossless', 'best-effort'], `${at}.encoding.repair`);
  array(doc.meta, `${at}.meta`);
  assertProgress(doc.progress, `${at}.progress`);
  nullable(doc.claim, `${at}.claim`, (claim, where) => {
    const fields = object(claim, where);
    nullable(fields.percent, `${where}.percent`, number);
    number(fields.line, `${where}.line`);
  });
  array(doc.claims, `${at}.claims`).forEach((claim, index) => assertClaim(claim, `${at}.claims[${index}]`));
  array(doc.items, `${at}.items`).forEach((item, index) => assertItem(item, `${at}.items[${index}]`));
  array(doc.sections, `${at}.sections`).forEach((section, index) => assertSection(section, `${at}.sections[${index}]`));
  array(doc.metrics, `${at}.metrics`).forEach((metric, index) => assertMetric(metric, `${at}.metrics[${index}]`));
  array(doc.placeholders, `${at}.placeholders`);
  array(doc.findings, `${at}.findings`).forEach((finding, index) => assertFinding(finding, `${at}.findings[${index}]`));
}

function assertProgress(value: unknown, at: string): void {
  const progress = object(value, at);
  nullable(progress.fraction, `${at}.fraction`, number);
  number(progress.done, `${at}.done`);
  number(progress.total, `${at}.total`);
  const states = object(progress.states, `${at}.states`);
  for (const state of ['done', 'in-progress', 'open', 'blocked', 'cancelled', 'deferred']) number(states[state], `${at}.states.${state}`);
  const tasks = object(progress.tasks, `${at}.tasks`);
  number(tasks.done, `${at}.tasks.done`);
  number(tasks.total, `${at}.tasks.total`);
}

function assertSection(value: unknown, at: string): void {
  const section = object(value, at);
  string(section.title, `${at}.title`);
  number(section.depth, `${at}.depth`);
  number(section.line, `${at}.line`);
  nullable(section.claim, `${at}.claim`, (claim, where) => {
    const fields = object(claim, where);
    nullable(fields.percent, `${where}.percent`, number);
    nullable(fields.status, `${where}.status`, string);
    number(fields.line, `${where}.line`);
  });
  array(section.claims, `${at}.claims`).forEach((claim, index) => assertClaim(claim, `${at}.claims[${index}]`));
  assertProgress(section.progress, `${at}.progress`);
  array(section.items, `${at}.items`).forEach((item, index) => assertItem(item, `${at}.items[${index}]`));
  array(section.sections, `${at}.sections`).forEach((child, index) => assertSection(child, `${at}.sections[${index}]`));
}

function assertItem(value: unknown, at: string): void {
  const item = object(value, at);
  string(item.id, `${at}.id`);
  oneOf(item.kind, ['task', 'status', 'row'], `${at}.kind`);
  oneOf(item.state, ['done', 'in-progress', 'open', 'blocked', 'cancelled', 'deferred'], `${at}.state`);
  nullable(item.fraction, `${at}.fraction`, number);
  string(item.text, `${at}.text`);
  number(item.line, `${at}.line`);
}

function assertClaim(value: unknown, at: string): void {
  const claim = object(value, at);
  nullable(claim.percent, `${at}.percent`, number);
  nullable(claim.status, `${at}.status`, string);
  number(claim.line, `${at}.line`);
}

function assertMetric(value: unknown, at: string): void {
  const metric = object(value, at);
  string(metric.name, `${at}.name`);
  number(metric.line, `${at}.line`);
  nullable(metric.current, `${at}.current`, (current, where) => {
    number(object(current, where).value, `${where}.value`);
    assert.ok('unit' in object(current, where), `${where}.unit`);
  });
  nullable(metric.target, `${at}.target`, (target, where) => {
    const fields = object(target, where);
    oneOf(fields.op, ['<', '<=', '>', '>=', '='], `${where}.op`);
    number(fields.value, `${where}.value`);
    assert.ok('unit' in fields, `${where}.unit`);
  });
  oneOf(metric.status, ['met', 'missed', 'unknown'], `${at}.status`);
}

function assertFinding(value: unknown, at: string): void {
  const finding = object(value, at);
  string(finding.ruleId, `${at}.ruleId`);
  oneOf(finding.severity, ['error', 'warning', 'info'], `${at}.severity`);
  string(finding.message, `${at}.message`);
  for (const key of ['line', 'column', 'endLine', 'endColumn']) nullable(finding[key], `${at}.${key}`, number);
  for (const key of ['file', 'actual', 'expected', 'url']) assert.ok(key in finding, `${at}.${key} missing`);
}

function object(value: unknown, at: string): Record<string, unknown> {
  assert.ok(typeof value === 'object' && value !== null && !Array.isArray(value), `${at}: expected an object`);
  return value as Record<string, unknown>;
}

function array(value: unknown, at: string): unknown[] {
  assert.ok(Array.isArray(value), `${at}: expected an array`);
  return value;
}

function string(value: unknown, at: string): void {
  assert.equal(typeof value, 'string', `${at}: expected a string`);
}

function number(value: unknown, at: string): void {
  assert.ok(typeof value === 'number' && Number.isFinite(value), `${at}: expected a number`);
}

function oneOf(value: unknown, allowed: readonly string[], at: string): void {
  assert.ok(typeof value === 'string' && allowed.includes(value), `${at}: expected one of ${allowed.join(', ')}, got ${String(value)}`);
}

function nullable(value: unknown, at: string, check: (value: unknown, at: string) => void): void {
  assert.ok(value !== undefined, `${at}: missing (the contract wants null when absent)`);
  if (value !== null) check(value, at);
}
