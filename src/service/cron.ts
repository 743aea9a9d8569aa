// Cron schedules for watches (five fields, or six with seconds), evaluated in UTC by croner.

import { Cron } from 'croner';
import { UsageError } from '../core/model/errors.js';

/** True when the schedule has a run time after `last` and at or before `now` (ISO timestamps). */
export function cronDue(expression: string, last: string, now: string): boolean {
  let job: Cron;
  try {
    job = new Cron(expression, { paused: true, timezone: 'Etc/UTC' });
  } catch (e) {
    throw new UsageError(
      `schedule "${expression}" is not a cron expression: ${(e as Error).message}`,
      'write five fields: minute hour day-of-month month day-of-week, e.g. "0 6 * * 1" for Mondays at 06:00 UTC',
    );
  }
  const next = job.nextRun(new Date(last));
  return next !== null && next.getTime() <= new Date(now).getTime();
}
