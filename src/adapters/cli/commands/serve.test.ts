import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCli, tempDb } from '../testing/run-cli.js';

describe('interdict serve', () => {
  it('says plainly that the port is in use, without a stack trace', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const r = await runCli(['serve', '--port', String(port), '--db', tempDb(), '--log-level', 'silent']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`port ${port} on 127.0.0.1 is in use; pass --port ${port + 1}`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      holder.close();
    }
  }, 60_000);
});
