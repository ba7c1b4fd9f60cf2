import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { analyzeOptionsFrom, DEFAULT_CONFIG } from '../../src/config/config.js';
import { ConfigError } from '../../src/config/errors.js';
import { loadConfig } from '../../src/config/load.js';
import { parseConfig } from '../../src/config/parse.js';
import type { Rule } from '../../src/rules/define.js';
import { rules as registry } from '../../src/rules/index.js';

/** Two rules with option schemas, standing in for the registry so messages do not depend on its contents. */
const RULES = [
  fakeRule('claim-drift', z.strictObject({ tolerance: z.number().min(0), minItems: z.number().int() }), { tolerance: 10, minItems: 3 }),
  fakeRule('placeholder', z.strictObject({}), {}),
];

function fakeRule<T>(id: string, schema: z.ZodType<T>, defaultOptions: T): Rule<unknown> {
  return { id, description: id, defaultSeverity: 'warning', schema: () => schema, defaultOptions, messages: {}, check() {} } as unknown as Rule<unknown>;
}

function parse(text: string) {
  return parseConfig(text, 'headway.config.json', RULES);
}

function rejects(text: string, message: string): void {
  assert.throws(() => parse(text), (error: unknown) => {
    assert.ok(error instanceof ConfigError);
    assert.equal(error.message, message);
    return true;
  });
}

describe('parseConfig', () => {
  test('every key, with severities and options merged over the defaults', () => {
    const config = parse(JSON.stringify({
      $schema: './schema.json',
      include: ['docs/**/*.md'],
      exclude: ['docs/archive/**'],
      countOptional: true,
      vocabulary: { done: ['shipped'], blocked: ['stuck'] },
      projects: ['../api', '../web'],
      rules: { 'claim-drift': ['warn', { tolerance: 15 }], placeholder: 'off' },
    }));
    assert.deepEqual(config, {
      file: 'headway.config.json',
      include: ['docs/**/*.md'],
      exclude: ['docs/archive/**'],
      countOptional: true,
      vocabulary: { done: ['shipped'], blocked: ['stuck'] },
      rules: {
        'claim-drift': { severity: 'warning', options: { tolerance: 15, minItems: 3 } },
        placeholder: { severity: 'off', options: {} },
      },
      projects: ['../api', '../web'],
    });
  });

  test('an empty object gives the defaults', () => {
    assert.deepEqual(parse('{}'), { ...DEFAULT_CONFIG, file: 'headway.config.json' });
  });

  test('severity words: off, info, warn/warning, error', () => {
    const severities = ['off', 'info', 'warn', 'warning', 'error'].map((word) => parse(`{"rules":{"placeholder":"${word}"}}`).rules.placeholder?.severity);
    assert.deepEqual(severities, ['off', 'info', 'warning', 'warning', 'error']);
    assert.equal(parse('{"rules":{"claim-drift":["error"]}}').rules['claim-drift']?.severity, 'error');
  });

  test('unknown keys are errors that name the key path, with a guess', () => {
    rejects('{"inclde":[]}', 'headway.config.json: inclde: unknown key (did you mean "include"?)');
    rejects('{"vocabulary":{"finished":["x"]}}', 'headway.config.json: vocabulary.finished: unknown key (expected one of: done, in-progress, open, blocked, cancelled, deferred)');
    rejects('{"rules":{"claim-drift":["warn",{"tolerence":5}]}}', 'headway.config.json: rules.claim-drift[1].tolerence: unknown key (did you mean "tolerance"?)');
  });

  test('wrong types name the key path and what was found', () => {
    rejects('{"include":"docs"}', 'headway.config.json: include: expected array, got string');
    rejects('{"include":["a",3]}', 'headway.config.json: include[1]: expected string, got number');
    rejects('{"exclude":[""]}', 'headway.config.json: exclude[0]: must not be empty');
    rejects('{"countOptional":"yes"}', 'headway.config.json: countOptional: expected boolean, got string');
    rejects('{"vocabulary":{"done":"shipped"}}', 'headway.config.json: vocabulary.done: expected array, got string');
    rejects('[]', 'headway.config.json: expected object, got array');
  });

  test('rules: bad severities, unknown ids and invalid options', () => {
    rejects('{"rules":{"claim-drift":"loud"}}', 'headway.config.json: rules.claim-drift: expected "off" | "info" | "warn" | "error" or [severity, options]');
    rejects('{"rules":{"claim-drift":["loud",{}]}}', 'headway.config.json: rules.claim-drift[0]: expected "off" | "info" | "warn" | "error"');
    rejects('{"rules":{"claim-drift":["warn",{},3]}}', 'headway.config.json: rules.claim-drift: expected "off" | "info" | "warn" | "error" or [severity, options]');
    rejects('{"rules":{"claim-drif":"warn"}}', 'headway.config.json: rules.claim-drif: unknown rule (did you mean "claim-drift"?)');
    rejects('{"rules":{"zzz":"warn"}}', 'headway.config.json: rules.zzz: unknown rule (known rules: claim-drift, placeholder)');
    rejects('{"rules":{"claim-drift":["warn",{"tolerance":-1}]}}', 'headway.config.json: rules.claim-drift[1].tolerance: expected a number ≥ 0');
  });

  test('several problems: the first is shown, the rest counted', () => {
    rejects('{"a":1,"b":2,"c":3}', 'headway.config.json: a: unknown key (expected one of: $schema, include, exclude, countOptional, vocabulary, projects, rules) (and 2 more problems)');
  });

  test('invalid JSON names the line and column', () => {
    rejects('{\n  "include": ["a"]\n  "exclude": []\n}', "headway.config.json:3:3: invalid JSON: expected ',' or '}' after a property value, found '\"'");
    rejects('{"include": [1,}', "headway.config.json:1:16: invalid JSON: expected a value, found '}'");
    rejects('', 'headway.config.json:1:1: invalid JSON: expected a value, found the end of the file');
  });

  test('a byte order mark before the JSON is accepted', () => {
    assert.equal(parse('\ufeff{"countOptional":true}').countOptional, true);
  });

  test('the real registry: every rule accepts its own severity words and defaults', () => {
    for (const rule of registry) {
      const config = parseConfig(JSON.stringify({ rules: { [rule.id]: ['warn', rule.defaultOptions] } }), 'h.json');
      assert.equal(config.rules[rule.id]?.severity, 'warning', rule.id);
    }
  });
});

describe('loadConfig', () => {
  test('no file in the working directory: the defaults; a file there: read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'headway-config-'));
    try {
      assert.equal(await loadConfig({ cwd: dir }), DEFAULT_CONFIG);
      writeFileSync(join(dir, 'headway.config.json'), '{"countOptional":true}');
      assert.equal((await loadConfig({ cwd: dir })).countOptional, true);
      await assert.rejects(loadConfig({ cwd: dir, file: 'other.json' }), /^ConfigError: other\.json: cannot read: no such file or directory$/);
      await assert.rejects(loadConfig({ cwd: dir, file: '.' }), /cannot read: is a directory/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('analyzeOptionsFrom passes the clock and settings through', () => {
    const now = new Date('2025-01-01T00:00:00Z');
    assert.deepEqual(analyzeOptionsFrom(DEFAULT_CONFIG, now), { now, countOptional: false, vocabulary: {}, rules: {} });
  });
});
