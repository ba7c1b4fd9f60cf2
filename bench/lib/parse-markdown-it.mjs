// Baseline: read every .md file under DIR and markdown-it-parse it (tokens only, no render).
// usage: node parse-markdown-it.mjs DIR — prints `files bytes tokens` to stdout.
import MarkdownIt from 'markdown-it';
import { readFileSync } from 'node:fs';
import { listMarkdown } from './corpus.mjs';

const md = new MarkdownIt();
let bytes = 0;
let tokens = 0;
const files = listMarkdown(process.argv[2]);
for (const file of files) {
  const text = readFileSync(file.path, 'utf8');
  bytes += file.bytes;
  tokens += md.parse(text, {}).length;
}
console.log(files.length, bytes, tokens);
