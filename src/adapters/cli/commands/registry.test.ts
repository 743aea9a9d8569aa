import { describe, expect, it } from 'vitest';
import { COMMAND_ENTRIES, loadAllCommands } from './index.js';

describe('command registry', () => {
  it('names and summarises each command exactly as the module it loads', async () => {
    const commands = await loadAllCommands();
    expect(commands.map((c) => c.path)).toEqual(COMMAND_ENTRIES.map((e) => e.path));
    expect(commands.map((c) => c.summary)).toEqual(COMMAND_ENTRIES.map((e) => e.summary));
  });

  it('features only examples the command itself lists', async () => {
    for (const entry of COMMAND_ENTRIES.filter((e) => e.example)) {
      const command = await entry.load();
      expect(command.examples).toContain(entry.example);
    }
  });

  it('gives each command its own words', () => {
    const words = COMMAND_ENTRIES.map((e) => e.path.join(' '));
    expect(new Set(words).size).toBe(words.length);
  });
});
