// Typed errors for the whole core: each carries a stable code, a bare message
// (what is wrong), where it is (file:line:column, JSON path, record, the
// option or field concerned) and the fix, each as a field of its own. The
// faces format them: the CLI as `file:line:col: message; fix` naming its
// options (`--hops 2`), the HTTP API as JSON naming request fields.

export type ErrorCode =
  'E_PARSE' | 'E_SCHEMA' | 'E_REFERENCE' | 'E_VALUE' | 'E_NOT_FOUND' | 'E_CONFLICT' | 'E_USAGE' | 'E_IO';

/** Where in an input a problem sits. Any field may be missing. */
export interface Location {
  file?: string;
  line?: number;
  column?: number;
  /** JSON path such as `channels[3].capacity`. */
  path?: string;
  /** A record identifier, for example an OFAC ent_num. */
  record?: string;
  /** The option or request field the problem concerns, as the service names it (`hops`, `allowShrink`). */
  field?: string;
}

/** Who reads the error: a command-line user or an HTTP client. */
export type ErrorFace = 'cli' | 'http';

/** `file:line:col record R at path` (the field is named by the face, not here). */
export function formatLocation(loc: Location): string {
  let out = loc.file ?? '';
  if (loc.line !== undefined) {
    out += `${out ? ':' : 'line '}${loc.line}`;
    if (loc.column !== undefined) out += `:${loc.column}`;
  }
  if (loc.record !== undefined) out += `${out ? ' ' : ''}record ${loc.record}`;
  if (loc.path !== undefined) out += `${out ? ' ' : ''}at ${loc.path}`;
  return out;
}

/** `allowShrink` → `--allow-shrink`. */
export function optionName(field: string): string {
  return `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * A hint names inputs as `{field}` or `{field=value}`; each face writes them
 * its own way: the CLI as `--field` / `--field value`, HTTP as `field` /
 * `"field": value`. So no hint advises a command-line option to an HTTP client.
 */
export function renderHint(hint: string, face: ErrorFace): string {
  return hint.replace(/\{([a-z][A-Za-z0-9]*)(?:=([^}]*))?\}/g, (_all, field: string, value?: string) => {
    if (face === 'cli') return value === undefined ? optionName(field) : `${optionName(field)} ${value}`;
    if (value === undefined) return field;
    return `"${field}": ${/^(-?\d+(\.\d+)?|true|false)$/.test(value) ? value : JSON.stringify(value)}`;
  });
}

export class InterdictError extends Error {
  readonly code: ErrorCode;
  readonly location: Location | undefined;
  readonly hint: string | undefined;

  /** `message` is bare: no location in front, no hint behind (see formatError). */
  constructor(code: ErrorCode, message: string, location?: Location, hint?: string) {
    super(message);
    this.name = 'InterdictError';
    this.code = code;
    this.location = location;
    this.hint = hint;
  }
}

/** The one-line text of an error for a face: `where: message; hint`. */
export function formatError(e: InterdictError, face: ErrorFace = 'cli'): string {
  const where = e.location ? formatLocation(e.location) : '';
  const hint = e.hint ? renderHint(e.hint, face) : '';
  return `${where ? `${where}: ` : ''}${e.message}${hint ? `; ${hint}` : ''}`;
}

/** Input that cannot be read: syntax, structure, values, references. */
export class InputError extends InterdictError {
  constructor(code: ErrorCode, message: string, location?: Location, hint?: string) {
    super(code, message, location, hint);
    this.name = 'InputError';
  }
}

export class NotFoundError extends InterdictError {
  constructor(message: string, hint?: string) {
    super('E_NOT_FOUND', message, undefined, hint);
    this.name = 'NotFoundError';
  }
}

/** A wrong call: bad options or arguments. `field` names the option concerned. */
export class UsageError extends InterdictError {
  constructor(message: string, hint?: string, field?: string) {
    super('E_USAGE', message, field === undefined ? undefined : { field }, hint);
    this.name = 'UsageError';
  }
}

export function isInterdictError(e: unknown): e is InterdictError {
  return e instanceof InterdictError;
}
