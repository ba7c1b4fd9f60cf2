/**
 * Every generated report is valid GFM: rendered by the reference (micromark + GFM), each
 * table in the source becomes a table with as many cells in every row as its header has, and
 * item text with Markdown punctuation reads as itself.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { inline } from '../../../src/format/reports/markdown.js';
import { REPORTS } from './cases.js';

const render = (markdown: string): string => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

/** Cells of a source table row: split on pipes that are not escaped. */
const sourceCells = (row: string): number => row.trim().slice(1, -1).split(/(?<!\\)\|/).length;

/** The tables of the source: runs of lines starting with a pipe. */
function sourceTables(markdown: string): string[][] {
  const tables: string[][] = [];
  let current: string[] | null = null;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) (current ??= []).push(line);
    else if (current !== null) {
      tables.push(current);
      current = null;
    }
  }
  if (current !== null) tables.push(current);
  return tables;
}

/** Cells per row of each rendered table. */
function renderedTables(html: string): number[][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, body = '']) => [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row = '']) => (row.match(/<t[hd][ >]/g) ?? []).length));
}

describe('reports are valid GFM', () => {
  for (const [name, report] of Object.entries(REPORTS)) {
    test(`${name}: tables keep their columns when rendered`, () => {
      const markdown = report();
      const html = render(markdown);
      const sources = sourceTables(markdown);
      const rendered = renderedTables(html);
      assert.equal(rendered.length, sources.length, 'every source table renders as a table');
      sources.forEach((rows, index) => {
        const columns = sourceCells(rows[0] ?? '');
        assert.match(rows[1] ?? '', /^\|(:?-+:?\|)+$/, 'delimiter row');
        for (const row of rows) assert.equal(sourceCells(row), columns, `source row ${JSON.stringify(row)}`);
        assert.deepEqual(rendered[index], Array.from({ length: rows.length - 1 }, () => columns), `table ${index + 1} of ${name}`);
      });
      assert.doesNotMatch(html, /<(?!\/?(h[1-6]|p|ul|ol|li|em|strong|code|table|thead|tbody|tr|th|td)\b)[a-z]/, 'no element the report did not mean');
    });
  }

  test('the reports with tables the seeds ask for have them', () => {
    const columns = (name: string): number[] => renderedTables(render(REPORTS[name]?.() ?? '')).map((rows) => rows[0] ?? 0);
    assert.deepEqual(columns('status-one-document'), [3]);
    assert.deepEqual(columns('burndown-changes'), [5]);
  });

  test('item text with Markdown punctuation renders as written', () => {
    const texts = ['`serve` command', 'Repository | query builder', '# not a heading', '1. not a list', '<b>not html</b>', '*not em* and snake_case_name', '~~kept~~', '- not a rule', '&amp; stays'];
    for (const text of texts) {
      const html = render(`- ${inline(text)}\n\n| a |\n|---|\n| ${inline(text)} |\n`);
      const expected = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      assert.equal(html.split(`<li>${expected}</li>`).length, 2, `${text} in a list: ${html}`);
      assert.equal(html.split(`<td>${expected}</td>`).length, 2, `${text} in a table: ${html}`);
    }
  });
});
