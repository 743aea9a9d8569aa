// Measures named on the command line: `--actions ID,ID` and plan files (the
// output of `interdict plan --json`, or any JSON with an "actions" list).

import { readFileSync } from 'node:fs';
import { InputError } from '../../core/model/errors.js';
import { listOpt, type ParsedArgs } from './command.js';

/** Action ids of a plan file: its "actions" list, of ids or of objects with an id. */
export function readPlanActions(path: string): string[] {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(
      'E_PARSE',
      `cannot read plan: ${(e as Error).message}`,
      { file: path },
      'pass the output of: interdict plan FILE --budget B --json',
    );
  }
  const actions = (doc as { actions?: unknown } | null)?.actions;
  if (!Array.isArray(actions)) {
    throw new InputError(
      'E_SCHEMA',
      'plan has no "actions" list',
      { file: path, path: 'actions' },
      'pass the output of: interdict plan --json',
    );
  }
  return actions.map((a, i) => {
    const id = typeof a === 'string' ? a : (a as { id?: unknown } | null)?.id;
    if (typeof id !== 'string')
      throw new InputError(
        'E_SCHEMA',
        'action has no id',
        { file: path, path: `actions[${i}].id` },
        'give each action its id',
      );
    return id;
  });
}

/** `--actions`: action ids, comma-separated or repeated; an entry ending in .json is a plan file. */
export function actionsOpt(args: ParsedArgs): string[] {
  return listOpt(args, 'actions').flatMap((x) =>
    x.toLowerCase().endsWith('.json') ? readPlanActions(x) : [x],
  );
}
