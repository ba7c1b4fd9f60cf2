// Baseline: read every .md file under DIR and parse it with @lezer/markdown + GFM — the parser
// Headway uses, with nothing of Headway around it.
// usage: node parse-lezer.mjs DIR — prints `files bytes parsedChars` to stdout.
import { GFM, parser } from '@lezer/markdown';
import { readFileSync } from 'node:fs';
import { listMarkdown } from './corpus.mjs';

const markdown = parser.configure(GFM);
let bytes = 0;
let parsed = 0;
const files = listMarkdown(process.argv[2]);
for (const file of files) {
  const text = readFileSync(file.path, 'utf8');
  bytes += file.bytes;
  // Tree.length is the document length; walking the tree would time the walk, not the parse.
  parsed += markdown.parse(text).length;
}
console.log(files.length, bytes, parsed);
