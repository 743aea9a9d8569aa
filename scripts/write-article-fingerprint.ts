// Writes test/fixtures/seed/article.shingles.txt, the fingerprint the article
// scenario's quotation test checks against, from the article's text:
//   npx tsx scripts/write-article-fingerprint.ts PATH/TO/article.txt
import { readFileSync, writeFileSync } from 'node:fs';
import { shingles } from '../src/testing/article-fingerprint.js';

const source = process.argv[2];
if (!source) {
  console.error('usage: npx tsx scripts/write-article-fingerprint.ts PATH/TO/article.txt');
  process.exit(2);
}
writeFileSync(
  'test/fixtures/seed/article.shingles.txt',
  shingles(readFileSync(source, 'utf8')).join('\n') + '\n',
);
