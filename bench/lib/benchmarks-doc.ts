// docs/benchmarks.md holds one section per benchmark: a run replaces its own
// section (from its `## ` heading to the next one) and leaves the others as they are.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { packagePath } from '../../src/adapters/node/package-root.js';

/** Writes `markdown` under `heading` (e.g. "## Lists") in docs/benchmarks.md, replacing that section or adding it at the end. */
export function writeBenchmarkSection(heading: string, markdown: string): void {
  const file = packagePath('docs', 'benchmarks.md');
  mkdirSync(packagePath('docs'), { recursive: true });
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = old.indexOf(heading);
  let next = start < 0 ? -1 : old.indexOf('\n## ', start + heading.length);
  if (next >= 0) next += 1;
  const body = `${heading}\n\n${markdown}\n`;
  const updated =
    start < 0
      ? `${old.trimEnd()}\n\n${body}`
      : old.slice(0, start) + body + (next >= 0 ? `\n${old.slice(next)}` : '');
  writeFileSync(file, updated);
}
