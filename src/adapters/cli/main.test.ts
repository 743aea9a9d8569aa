import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './testing/run-cli.js';

describe('interdict command line', () => {
  it('lists every command with --help', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('networks import');
    expect(r.stdout).toContain('serve');
    expect(r.stdout).toContain('interdict plan data/scenarios/article.yaml --budget 3');
  });

  it('prints the package version with --version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`interdict ${pkg.version}`);
  });

  it('prints the sub-commands of a group given alone', async () => {
    for (const group of ['networks', 'datasets', 'import']) {
      const r = await runCli([group]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: interdict ${group} <command>`);
    }
    const r = await runCli(['datasets']);
    expect(r.stdout).toMatch(/datasets list\s+List stored datasets/);
    expect(r.stdout).toMatch(/datasets diff\s+Show the entities/);
  });

  it('suggests the closest command for a typo', async () => {
    const r = await runCli(['flwo', 'x.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "flwo x.csv"');
    expect(r.stderr).toContain('did you mean "interdict flow"?');
  });

  it('suggests the closest sub-command of a group', async () => {
    const r = await runCli(['networks', 'lsit']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean "interdict networks list"?');
    expect(r.stderr).toContain('networks import');
  });

  it('says plainly when nothing is close', async () => {
    const r = await runCli(['zzzzzzzz']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('did you mean');
    expect(r.stderr).toContain('interdict --help');
  });

  it('suggests the closest option for a mistyped one', async () => {
    const r = await runCli(['flow', 'data/scenarios/article.yaml', '--jsno']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --jsno; did you mean --json?');
    expect(r.stderr).toContain('Usage: interdict flow');
  });

  it('shows a command help through "help COMMAND"', async () => {
    const r = await runCli(['help', 'plan']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: interdict plan');
  });
});
