import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../core/ingest/scenario.js';
import type { Network } from '../core/model/network.js';
import { diffNetworks, networkLabel, parseNetworkRef, resolveTerminals } from './networks.js';

const article = parseScenario(readFileSync('data/scenarios/article.yaml', 'utf8'), { file: 'article.yaml' });

describe('networks service', () => {
  it('reads name and name@version references, and refuses anything else', () => {
    expect(parseNetworkRef('article')).toEqual({ name: 'article' });
    expect(parseNetworkRef('article@3')).toEqual({ name: 'article', version: 3 });
    expect(parseNetworkRef('../etc/passwd')).toBeUndefined();
    expect(parseNetworkRef('a@b')).toBeUndefined();
    expect(networkLabel({ name: 'article', version: 2 })).toBe('article@2');
  });

  it('defaults to every sponsor and recipient, and checks named actors', () => {
    expect(resolveTerminals(article)).toEqual({ from: ['iran'], to: ['hamas', 'hezbollah'] });
    expect(resolveTerminals(article, [], ['hamas'])).toEqual({ from: ['iran'], to: ['hamas'] });
    expect(() => resolveTerminals(article, ['nobody'])).toThrow(/no actor "nobody"/);
  });

  it('explains a network without roles without naming a command-line flag', () => {
    const noRoles: Network = {
      ...article,
      nodes: article.nodes.map((n) => ({ ...n, role: 'other' as const })),
    };
    let hint = '';
    try {
      resolveTerminals(noRoles);
    } catch (e) {
      hint = (e as { hint?: string }).hint ?? '';
    }
    expect(hint).toMatch(/sponsor/);
    expect(hint).not.toMatch(/--/);
  });

  it('lists what was added, removed and changed between two versions, with the fields', () => {
    const finite = article.channels.find((c) => Number.isFinite(c.capacity))!;
    const next: Network = {
      ...article,
      channels: article.channels
        .map((c) => (c === finite ? { ...c, capacity: c.capacity + 1 } : c))
        .slice(0, -1),
      actions: [...article.actions, { ...article.actions[0]!, id: 'new-measure' }],
    };
    const d = diffNetworks(article, 1, next, 2);
    expect(d.channels.changed).toEqual([{ id: finite.id, fields: ['capacity'] }]);
    expect(d.channels.removed).toEqual([article.channels[article.channels.length - 1]!.id]);
    expect(d.actions.added).toEqual(['new-measure']);
    expect(d.nodes).toEqual({ added: [], removed: [], changed: [] });
  });
});
