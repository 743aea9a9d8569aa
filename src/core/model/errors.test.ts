import { describe, expect, it } from 'vitest';
import { formatError, InputError, optionName, renderHint, UsageError } from './errors.js';

describe('core errors', () => {
  it('keep the message bare, with the place and the fix as fields', () => {
    const e = new InputError(
      'E_VALUE',
      'capacity "lots" is not a number',
      { file: 'e.csv', line: 3, column: 5 },
      'write a number',
    );
    expect(e.message).toBe('capacity "lots" is not a number');
    expect(e.location).toEqual({ file: 'e.csv', line: 3, column: 5 });
    expect(e.hint).toBe('write a number');
    expect(formatError(e)).toBe('e.csv:3:5: capacity "lots" is not a number; write a number');
  });

  it('write an option as the CLI takes it and as a field for HTTP', () => {
    expect(optionName('allowShrink')).toBe('--allow-shrink');
    const hint = 'import it again with {allowShrink}, or pass {hops=2} or {dataset=us_ofac_sdn}';
    expect(renderHint(hint, 'cli')).toBe(
      'import it again with --allow-shrink, or pass --hops 2 or --dataset us_ofac_sdn',
    );
    expect(renderHint(hint, 'http')).toBe(
      'import it again with allowShrink, or pass "hops": 2 or "dataset": "us_ofac_sdn"',
    );
    const e = new UsageError('hops must be a whole number 0–10, got 11', 'pass {hops=2}', 'hops');
    expect(e.location).toEqual({ field: 'hops' });
    expect(formatError(e, 'cli')).toBe('hops must be a whole number 0–10, got 11; pass --hops 2');
    expect(formatError(e, 'http')).not.toMatch(/--/);
  });
});
