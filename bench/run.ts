// Runs every benchmark in turn (npm run bench), or the ones named on the
// command line: npm run bench -- flow screening
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ALL = [
  'flow',
  'ingest',
  'screening',
  'plan',
  'server',
  'store',
  'startup',
  'monitor',
  'screen-cli',
  'netbuild',
  'scale',
  'web-map',
  'report',
];

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
for (const name of wanted) {
  const file = join(here, `${name}.js`);
  if (!existsSync(file)) {
    if (process.argv.slice(2).length) console.error(`no benchmark named ${name}`);
    continue;
  }
  console.log(`\n### ${name}\n`);
  const mod = (await import(pathToFileURL(file).href)) as { run?: () => Promise<void> };
  if (typeof mod.run !== 'function') throw new Error(`bench/${name}.ts exports no run()`);
  await mod.run();
}
