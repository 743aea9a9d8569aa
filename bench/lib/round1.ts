// Round 1's matching engine (commit ROUND1_COMMIT, before the reading tables,
// token weights and name alignment), built from git history at bench time so
// the screening bench can score the same cases with both engines in one run:
// `git archive` of its src/core/match and src/core/model into a temporary
// folder, each file transpiled by TypeScript, the module imported from there.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

export const ROUND1_COMMIT = '7f9355f';

function transpileTree(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) transpileTree(path);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) {
      const out = ts.transpileModule(readFileSync(path, 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
      });
      writeFileSync(path.replace(/\.ts$/, '.js'), out.outputText);
    }
  }
}

/** The round-1 engine's module, or undefined (with the reason printed) when git history is not there. */
export async function loadRound1(): Promise<unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'interdict-round1-'));
  try {
    const tar = execFileSync('git', ['archive', ROUND1_COMMIT, 'src/core/match', 'src/core/model'], {
      maxBuffer: 256 * 2 ** 20,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    transpileTree(join(dir, 'src'));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
    return (await import(pathToFileURL(join(dir, 'src/core/match/index.js')).href)) as unknown;
  } catch (e) {
    console.warn(
      `Round 1's engine (commit ${ROUND1_COMMIT}) could not be built from git history (${(e as Error).message.split('\n')[0]}): ` +
        'run the bench in a full clone (git fetch --unshallow) to see it side by side; only the current engine is reported.',
    );
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
