// The one table from error types to HTTP responses, and the handler that
// turns any thrown error into `{ error: { code, message, path, hint }, requestId }`.

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  formatLocation,
  isInterdictError,
  renderHint,
  type ErrorCode,
  type InterdictError,
} from '../../core/model/errors.js';
import type { ErrorBody, ErrorCodeOut } from '../../contract/common.js';
import { NoDatasetsError } from '../../service/screening.js';
import { scrub } from './hardening.js';

/** Status for each core error code. */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  E_PARSE: 400,
  E_SCHEMA: 400,
  E_REFERENCE: 400,
  E_VALUE: 400,
  E_USAGE: 400,
  E_NOT_FOUND: 404,
  E_CONFLICT: 409,
  E_IO: 500,
};

/** Errors raised by the HTTP layer itself. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCodeOut,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Fastify's own error codes, mapped to ours. */
const FASTIFY_CODES: Record<string, { status: number; code: ErrorCodeOut; hint?: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'E_LIMIT',
    hint: 'send a smaller body, or run a batch job',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'E_USAGE',
    hint: 'send application/json (or application/yaml for networks)',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'E_PARSE', hint: 'send a JSON body' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'E_PARSE', hint: 'send valid JSON' },
};

function validationPath(error: FastifyError): string | undefined {
  const v = error.validation?.[0];
  if (!v) return undefined;
  const segments = v.instancePath.split('/').slice(1);
  const params = v.params as Record<string, unknown>;
  if (v.keyword === 'required' && params.missingProperty) segments.push(String(params.missingProperty));
  if (v.keyword === 'additionalProperties' && params.additionalProperty)
    segments.push(String(params.additionalProperty));
  return [error.validationContext ?? 'body', ...segments].join('.');
}

/**
 * A core error as HTTP sees it: the message with its place in the input in
 * front (`body:3:5: …`), the place and the request field as fields of their
 * own, and the hint written for an HTTP client (request fields, no CLI options).
 */
export function interdictBody(error: InterdictError, requestId: string): ErrorBody {
  const loc = error.location;
  const where = loc ? formatLocation(loc) : '';
  const body: ErrorBody = {
    error: { code: error.code, message: `${where ? `${where}: ` : ''}${error.message}` },
    requestId,
  };
  const path = loc?.path ?? loc?.field;
  if (path) body.error.path = path;
  if (loc?.field) body.error.field = loc.field;
  if (loc && (loc.file !== undefined || loc.line !== undefined || loc.record !== undefined)) {
    const l: NonNullable<ErrorBody['error']['location']> = {};
    if (loc.file !== undefined) l.file = loc.file;
    if (loc.line !== undefined) l.line = loc.line;
    if (loc.column !== undefined) l.column = loc.column;
    if (loc.record !== undefined) l.record = loc.record;
    body.error.location = l;
  }
  if (error.hint) body.error.hint = renderHint(error.hint, 'http');
  return body;
}

export function toErrorBody(error: unknown, requestId: string): { status: number; body: ErrorBody } {
  const { status, body } = errorBody(error, requestId);
  // yente's clients read `detail`: the same message, at the top level.
  return { status, body: { ...body, detail: body.error.message } };
}

function errorBody(error: unknown, requestId: string): { status: number; body: ErrorBody } {
  if (error instanceof NoDatasetsError) {
    return {
      status: 503,
      body: {
        error: { code: 'E_UNAVAILABLE', message: error.message, hint: renderHint(error.hint ?? '', 'http') },
        requestId,
      },
    };
  }
  if (error instanceof HttpError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message }, requestId };
    if (error.hint) body.error.hint = error.hint;
    return { status: error.status, body };
  }
  if (isInterdictError(error))
    return { status: STATUS_BY_CODE[error.code], body: interdictBody(error, requestId) };
  const fe = error as FastifyError;
  if (fe.validation) {
    const path = validationPath(fe);
    const body: ErrorBody = {
      error: { code: 'E_SCHEMA', message: fe.message, hint: 'see /openapi.json for the expected shape' },
      requestId,
    };
    if (path) body.error.path = path;
    return { status: 400, body };
  }
  const known = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (known) {
    const body: ErrorBody = { error: { code: known.code, message: fe.message }, requestId };
    if (known.hint) body.error.hint = known.hint;
    return { status: known.status, body };
  }
  if (fe.statusCode === 429) {
    return {
      status: 429,
      body: { error: { code: 'E_RATE', message: fe.message, hint: 'slow down and retry later' }, requestId },
    };
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { status: fe.statusCode, body: { error: { code: 'E_USAGE', message: fe.message }, requestId } };
  }
  return {
    status: 500,
    body: { error: { code: 'E_INTERNAL', message: 'internal error; the log has details' }, requestId },
  };
}

/** The body with server paths and database URLs scrubbed from its text; 5xx bodies say nothing specific. */
/**
 * The body a client sees: server paths and database URLs scrubbed from its
 * text; an internal error (500) says nothing specific (the log has it).
 */
export function publicErrorBody(body: ErrorBody, status: number, secrets: string[]): ErrorBody {
  const internal = status === 500;
  const message = internal ? 'internal error; the log has details' : scrub(body.error.message, secrets);
  const error: ErrorBody['error'] = internal
    ? { code: body.error.code, message }
    : {
        ...body.error,
        message,
        ...(body.error.hint === undefined ? {} : { hint: scrub(body.error.hint, secrets) }),
        ...(body.error.location?.file === undefined
          ? {}
          : { location: { ...body.error.location, file: scrub(body.error.location.file, secrets) } }),
      };
  return { ...body, error, ...(body.detail === undefined ? {} : { detail: message }) };
}

export function installErrorHandler(app: FastifyInstance, secrets: string[] = []): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body: full } = toErrorBody(error, request.id);
    const body = publicErrorBody(full, status, secrets);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: full.error.code, path: full.error.path }, full.error.message);
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const body: ErrorBody = {
      error: {
        code: 'E_NOT_FOUND',
        message: `no route ${request.method} ${request.url.split('?')[0]}`,
        hint: 'see /openapi.json',
      },
      requestId: request.id,
    };
    return reply.status(404).send(body);
  });
}
