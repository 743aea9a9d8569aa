// Typed errors for the whole core: each carries a stable code and a message
// that names the place (file:line:column or JSON path) and the fix.

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
}

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

export class InterdictError extends Error {
  readonly code: ErrorCode;
  readonly location: Location | undefined;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, location?: Location, hint?: string) {
    const where = location ? formatLocation(location) : '';
    super(`${where ? `${where}: ` : ''}${message}${hint ? `; ${hint}` : ''}`);
    this.name = 'InterdictError';
    this.code = code;
    this.location = location;
    this.hint = hint;
  }
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

/** A wrong call: bad options or arguments. */
export class UsageError extends InterdictError {
  constructor(message: string, hint?: string) {
    super('E_USAGE', message, undefined, hint);
    this.name = 'UsageError';
  }
}

export function isInterdictError(e: unknown): e is InterdictError {
  return e instanceof InterdictError;
}
