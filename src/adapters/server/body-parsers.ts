// Request bodies are text: strict UTF-8 without NUL bytes, JSON nested at
// most MAX_NESTING levels (checked before parsing, so no recursive reader
// ever sees a deeper document), YAML handed on as text.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { InputError } from '../../core/model/errors.js';
import { assertNesting, lineColumn, MAX_NESTING } from '../../core/ingest/nesting.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as text; invalid UTF-8 and NUL bytes are 400s naming the line and column. */
export function bodyText(bytes: Buffer): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const before = bytes.subarray(0, nul).toString('utf8');
    throw new InputError(
      'E_PARSE',
      'a NUL byte (0x00) in the body',
      { file: 'body', ...lineColumn(before, before.length) },
      'send UTF-8 text without NUL bytes',
    );
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const lenient = bytes.toString('utf8');
    const at = Math.max(0, lenient.indexOf('\ufffd'));
    throw new InputError(
      'E_PARSE',
      'invalid UTF-8 in the body',
      { file: 'body', ...lineColumn(lenient, at) },
      'send the body as UTF-8',
    );
  }
}

/** Offset of a `\u0000` escape (one not itself escaped) in JSON text, or -1. */
function nulEscape(text: string): number {
  for (let i = text.indexOf('\\u0000'); i >= 0; i = text.indexOf('\\u0000', i + 1)) {
    let slashes = 0;
    for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) return i;
  }
  return -1;
}

export function installBodyParsers(app: FastifyInstance): void {
  const json = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  const jsonBody = (
    request: FastifyRequest,
    body: Buffer,
    done: (err: Error | null, value?: unknown) => void,
  ): void => {
    let text: string;
    try {
      text = bodyText(body);
      assertNesting(text, 'body', MAX_NESTING);
      const nul = nulEscape(text);
      if (nul >= 0)
        throw new InputError(
          'E_PARSE',
          'a NUL character (\\u0000) in a string',
          { file: 'body', ...lineColumn(text, nul) },
          'remove the NUL characters',
        );
    } catch (e) {
      return done(e as Error);
    }
    json(request, text, done);
  };
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, jsonBody);
  // A body sent without a content type is read as JSON, as yente does; other unknown types stay 415.
  app.addContentTypeParser(
    '*',
    { parseAs: 'buffer' },
    (request: FastifyRequest, body: Buffer, done: (err: Error | null, value?: unknown) => void) => {
      if (request.headers['content-type'] === undefined) return jsonBody(request, body, done);
      const err = Object.assign(new Error(`unsupported content type ${request.headers['content-type']}`), {
        code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
        statusCode: 415,
      });
      done(err);
    },
  );
  // OpenRefine sends reconciliation batches as a form (queries=…, extend=…).
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'buffer' },
    (_request: FastifyRequest, body: Buffer, done: (err: Error | null, value?: unknown) => void) => {
      try {
        done(null, Object.fromEntries(new URLSearchParams(bodyText(body))));
      } catch (e) {
        done(e as Error);
      }
    },
  );
  app.addContentTypeParser(
    [
      'application/yaml',
      'application/x-yaml',
      'text/yaml',
      'text/plain',
      'text/csv',
      'application/x-ndjson',
      'application/jsonl',
    ],
    { parseAs: 'buffer' },
    (_request: FastifyRequest, body: Buffer, done: (err: Error | null, value?: unknown) => void) => {
      try {
        done(null, bodyText(body));
      } catch (e) {
        done(e as Error);
      }
    },
  );
}
