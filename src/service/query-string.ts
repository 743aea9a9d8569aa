// The query-string syntax of text search: words, "quoted phrases",
// field:value, prefix* wildcards, +required / -excluded terms, AND, OR, NOT
// and parentheses; words without an operator must all match. A malformed
// query is an error naming the position. `simple` reads the text as plain words.

import { InputError } from '../core/model/errors.js';

export type QueryNode =
  | { kind: 'term'; field?: string; text: string; phrase: boolean; prefix: boolean }
  | { kind: 'and' | 'or'; items: QueryNode[] }
  | { kind: 'not'; item: QueryNode }
  | { kind: 'all' };

type Token =
  | { t: 'word'; v: string; pos: number; quoted: boolean }
  | { t: '(' | ')' | 'AND' | 'OR' | 'NOT' | '+' | '-'; pos: number };

function fail(message: string, pos: number): never {
  throw new InputError(
    'E_VALUE',
    `query syntax: ${message} at character ${pos + 1}`,
    { path: 'q' },
    'balance quotes and parentheses, or pass simple=true to search the text as plain words',
  );
}

function tokenize(q: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(' || c === ')') {
      out.push({ t: c, pos: i++ });
      continue;
    }
    if ((c === '+' || c === '-') && (i === 0 || /[\s(]/.test(q[i - 1]!))) {
      out.push({ t: c, pos: i++ });
      continue;
    }
    if (c === '"') {
      const end = q.indexOf('"', i + 1);
      if (end < 0) fail('unclosed quote', i);
      out.push({ t: 'word', v: q.slice(i + 1, end), pos: i, quoted: true });
      i = end + 1;
      continue;
    }
    const start = i;
    let v = '';
    while (i < q.length && !/[\s()]/.test(q[i]!)) {
      if (q[i] === '"') {
        // field:"a phrase"
        const end = q.indexOf('"', i + 1);
        if (end < 0) fail('unclosed quote', i);
        v += q.slice(i, end + 1);
        i = end + 1;
        continue;
      }
      v += q[i++];
    }
    if (v === 'AND' || v === 'OR' || v === 'NOT') out.push({ t: v, pos: start });
    else if (v === '&&') out.push({ t: 'AND', pos: start });
    else if (v === '||') out.push({ t: 'OR', pos: start });
    else out.push({ t: 'word', v, pos: start, quoted: false });
  }
  return out;
}

function term(tok: Extract<Token, { t: 'word' }>): QueryNode {
  let v = tok.v;
  let field: string | undefined;
  let phrase = tok.quoted;
  if (!tok.quoted) {
    const m = /^([A-Za-z_][A-Za-z0-9_.]*):(.*)$/.exec(v);
    if (m) {
      field = m[1]!;
      v = m[2]!;
      if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) {
        v = v.slice(1, -1);
        phrase = true;
      }
      if (!v) fail(`"${field}:" has no value`, tok.pos);
    }
  }
  const prefix = !phrase && v.endsWith('*');
  if (prefix) v = v.slice(0, -1);
  if (!phrase && /[*?~^\\/[\]{}]/.test(v)) fail(`unsupported character in "${tok.v}"`, tok.pos);
  return { kind: 'term', ...(field ? { field } : {}), text: v, phrase, prefix };
}

/** Parse a query; an empty query matches everything. */
export function parseQueryString(q: string, simple = false): QueryNode {
  if (!q.trim()) return { kind: 'all' };
  if (simple) {
    const words = q.split(/\s+/).filter((w) => w);
    return {
      kind: 'and',
      items: words.map((w) => ({ kind: 'term', text: w, phrase: false, prefix: false })),
    };
  }
  const tokens = tokenize(q);
  let i = 0;
  const peek = (): Token | undefined => tokens[i];

  function primary(): QueryNode {
    const tok = tokens[i];
    if (!tok) fail('the query ends where a term was expected', q.length - 1);
    if (tok.t === '(') {
      i++;
      const inner = orExpr();
      const close = tokens[i];
      if (!close || close.t !== ')') fail('unclosed parenthesis', tok.pos);
      i++;
      return inner;
    }
    if (tok.t === 'NOT' || tok.t === '-') {
      i++;
      return { kind: 'not', item: primary() };
    }
    if (tok.t === '+') {
      i++;
      return primary();
    }
    if (tok.t === 'word') {
      i++;
      return term(tok);
    }
    fail(`unexpected ${tok.t}`, tok.pos);
  }

  function andExpr(): QueryNode {
    const items = [primary()];
    for (;;) {
      const tok = peek();
      if (!tok || tok.t === ')' || tok.t === 'OR') break;
      if (tok.t === 'AND') {
        i++;
        if (!peek()) fail('AND at the end of the query', tok.pos);
      }
      items.push(primary());
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  }

  function orExpr(): QueryNode {
    const items = [andExpr()];
    while (peek()?.t === 'OR') {
      const tok = tokens[i++]!;
      if (!peek()) fail('OR at the end of the query', tok.pos);
      items.push(andExpr());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }

  const node = orExpr();
  const rest = peek();
  if (rest) fail(`unexpected ${rest.t === 'word' ? `"${rest.v}"` : rest.t}`, rest.pos);
  return node;
}

/** The plain terms of a query (not negated), for ranking. */
export function positiveTerms(node: QueryNode): Extract<QueryNode, { kind: 'term' }>[] {
  if (node.kind === 'term') return [node];
  if (node.kind === 'and' || node.kind === 'or') return node.items.flatMap(positiveTerms);
  return [];
}
