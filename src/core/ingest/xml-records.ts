// Streams the repeated record elements of a large XML file (sdnEntry,
// INDIVIDUAL, ENTITY) as small trees, with located errors for broken XML.

import { SaxesParser } from 'saxes';
import { InputError } from '../model/errors.js';

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
  /** 1-based line of the start tag. */
  line: number;
}

export interface XmlRecordSpec {
  file: string;
  /** Accepted root element names (local names). */
  roots: string[];
  /** Local names of the record elements. */
  records: string[];
  /** Called with elements outside records that hold only text (e.g. Publish_Date). */
  onHeader?: (name: string, text: string) => void;
}

/** The deepest element nesting accepted (the lists use fewer than ten levels). */
export const MAX_XML_DEPTH = 32;

const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** The first child with this name. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** Trimmed text of the first child with this name, or '' */
export function textOf(node: XmlNode | undefined, name: string): string {
  return (node && child(node, name)?.text.trim()) ?? '';
}

/** A compact, lossless JSON form of a record for provenance. */
export function nodeToJson(node: XmlNode): unknown {
  if (node.children.length === 0 && Object.keys(node.attributes).length === 0) return node.text.trim();
  const out: Record<string, unknown> = { ...node.attributes };
  for (const c of node.children) {
    const v = nodeToJson(c);
    const prev = out[c.name];
    out[c.name] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

export async function* xmlRecords(
  spec: XmlRecordSpec,
  chunks: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<XmlNode> {
  const parser = new SaxesParser({ position: true });
  const ready: XmlNode[] = [];
  const stack: XmlNode[] = [];
  let depth = 0;
  let headerText = '';
  const fail = (message: string, hint: string): never => {
    throw new InputError(
      'E_PARSE',
      message,
      { file: spec.file, line: parser.line, column: parser.column + 1 },
      hint,
    );
  };
  parser.on('error', (e) =>
    fail(
      `broken XML: ${e.message.replace(/^(.*?:)?\d+:\d+: /, '').replace(/\.$/, '')}`,
      'the file is malformed or cut short; download it again',
    ),
  );
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    depth++;
    if (depth > MAX_XML_DEPTH)
      fail(
        `elements nested more than ${MAX_XML_DEPTH} levels deep`,
        'the lists nest a few levels only: this is not a list file, or it is damaged',
      );
    if (depth === 1 && !spec.roots.includes(name)) {
      fail(
        `expected a <${spec.roots.join('> or <')}> document, found <${name}>`,
        'check that the file is the list this importer reads',
      );
    }
    headerText = '';
    if (stack.length === 0 && !spec.records.includes(name)) return;
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes))
      attributes[local(k)] = typeof v === 'string' ? v : v.value;
    const node: XmlNode = { name, attributes, children: [], text: '', line: parser.line };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
    else headerText += t;
  });
  parser.on('cdata', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('closetag', (tag) => {
    depth--;
    if (stack.length === 0) {
      if (headerText.trim()) spec.onHeader?.(local(tag.name), headerText.trim());
      headerText = '';
      return;
    }
    const node = stack.pop()!;
    if (stack.length === 0) ready.push(node);
  });
  let sawRoot = false;
  for await (const chunk of chunks) {
    parser.write(chunk);
    if (depth > 0) sawRoot = true;
    while (ready.length > 0) yield ready.shift()!;
  }
  if (!sawRoot && depth === 0 && parser.line <= 1) fail('the file is empty', 'download it again');
  parser.close();
  while (ready.length > 0) yield ready.shift()!;
}
