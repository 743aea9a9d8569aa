// The import pipeline: find a list's files, hash them, stream them through
// the matching core parser into a new dataset version, all or nothing.

import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Entity } from '../../core/model/entity.js';
import {
  formatError,
  InputError,
  InterdictError,
  NotFoundError,
  UsageError,
} from '../../core/model/errors.js';
import type { Store, VersionInfo } from '../../core/store/store.js';
import { parseFtmJson } from '../../core/ingest/ftm-json.js';
import { parseOfacCsv, type LineFile } from '../../core/ingest/ofac-csv.js';
import { parseOfacXml } from '../../core/ingest/ofac-xml.js';
import { parseUnXml } from '../../core/ingest/un-xml.js';
import { checkListSize, DEFAULT_MAX_SHRINK } from '../../core/ingest/list-sanity.js';
import { decodeChunks, decodeLines } from './decode-lines.js';
import { assertReadable, sha256File } from './files.js';
import { sha256 } from './hash.js';
import { createProgress, type ProgressSink } from './progress.js';

export const LIST_FORMATS = ['ofac-csv', 'ofac-xml', 'un-xml', 'ftm'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export interface ImportRequest {
  format: ListFormat;
  /** A folder for ofac-csv, a file otherwise. */
  path: string;
  dataset?: string;
  skipInvalid?: boolean;
  /** Where progress goes (a TTY stderr); omit for none. */
  progress?: ProgressSink;
  /** Store nothing when the latest version has the same content hash (default true). */
  skipIfUnchanged?: boolean;
  /** Accept a version that loses more than `maxShrink` of the previous one's entities (recorded in its notes). */
  allowShrink?: boolean;
  /** Largest share (0–1) of the previous version's entities a new version may lose; default 0.1. */
  maxShrink?: number;
  /** Accept OFAC CSV files without their 0x1A end byte (archived copies; recorded in the notes). */
  allowMissingMarker?: boolean;
}

export interface ImportResult {
  info: VersionInfo;
  /** True when the same content was already stored (info is that version; nothing was written). */
  unchanged?: boolean;
  skipped: number;
  /** The first skipped records' messages (at most MAX_SKIP_EXAMPLES). */
  skippedExamples: string[];
}

export const MAX_SKIP_EXAMPLES = 20;

interface Plan {
  files: string[];
  /** Files that must not be empty (a list's optional side files may be). */
  required: string[];
  dataset: string;
  entities: (
    onBytes: (n: number) => void,
    options: { skipInvalid: boolean; onSkip: (e: InputError) => void },
  ) => AsyncIterable<Entity>;
}

/** Finds a file in a folder ignoring case: OFAC has published both sdn.csv and SDN.CSV. */
function findFile(dir: string, name: string): string | undefined {
  const hit = readdirSync(dir).find((f) => f.toLowerCase() === name);
  return hit ? join(dir, hit) : undefined;
}

function ofacCsvPlan(dir: string, requireMarker: boolean): Plan {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InterdictError(
      'E_IO',
      `${dir} is not a folder`,
      undefined,
      'give the folder that holds sdn.csv, alt.csv, add.csv (or cons_prim.csv …)',
    );
  }
  const sdn = findFile(dir, 'sdn.csv');
  const prefix = sdn ? '' : 'cons_';
  const main = sdn ?? findFile(dir, 'cons_prim.csv');
  if (!main)
    throw new InterdictError(
      'E_IO',
      `${dir} holds neither sdn.csv nor cons_prim.csv`,
      undefined,
      'give the folder of an OFAC legacy CSV set',
    );
  const side = (n: string, required: boolean) => {
    const f = findFile(dir, `${prefix}${n}.csv`);
    if (!f && required)
      throw new InterdictError(
        'E_IO',
        `${dir} has ${basename(main)} but no ${prefix}${n}.csv`,
        undefined,
        'download the whole CSV set',
      );
    return f;
  };
  const alt = side('alt', true);
  const add = side('add', true);
  const comments = side(sdn ? 'sdn_comments' : 'comments', false);
  const files = [main, alt, add, comments].filter((f): f is string => Boolean(f));
  return {
    files,
    required: [main, alt!, add!],
    dataset: sdn ? 'us_ofac_sdn' : 'us_ofac_cons',
    entities: (onBytes, options) => {
      // The comments file has been published without the end byte; the other three carry it.
      const lineFile = (path: string | undefined, requireEndMarker: boolean): LineFile | undefined =>
        path
          ? {
              name: basename(path),
              lines: () => decodeLines(path, { encoding: 'auto', name: basename(path), onBytes }),
              requireEndMarker,
            }
          : undefined;
      return parseOfacCsv(
        {
          main: lineFile(main, requireMarker)!,
          alt: lineFile(alt, requireMarker),
          add: lineFile(add, requireMarker),
          comments: lineFile(comments, false),
        },
        options,
      );
    },
  };
}

function filePlan(format: Exclude<ListFormat, 'ofac-csv'>, path: string): Plan {
  assertReadable(path);
  const name = basename(path);
  const chunks = (onBytes: (n: number) => void) => decodeChunks(path, { encoding: 'utf-8', name, onBytes });
  switch (format) {
    case 'ofac-xml':
      return {
        files: [path],
        required: [path],
        dataset: /cons/i.test(name) ? 'us_ofac_cons' : 'us_ofac_sdn',
        entities: (b, o) => parseOfacXml(name, chunks(b), o),
      };
    case 'un-xml':
      return {
        files: [path],
        required: [path],
        dataset: 'un_sc_sanctions',
        entities: (b, o) => parseUnXml(name, chunks(b), o),
      };
    case 'ftm':
      return {
        files: [path],
        required: [path],
        dataset: name.replace(/(\.ftm)?\.jsonl?$/i, '').replace(/[^A-Za-z0-9._-]/g, '_'),
        entities: (b, o) => parseFtmJson(name, decodeLines(path, { encoding: 'utf-8', name, onBytes: b }), o),
      };
  }
}

export function isListFormat(value: string): value is ListFormat {
  return (LIST_FORMATS as readonly string[]).includes(value);
}

/** SHA-256 of the file, or of "name sha256" lines when a list is several files. */
async function contentHash(files: string[]): Promise<string> {
  if (files.length === 1) return sha256File(files[0]!);
  const parts = await Promise.all(
    files.map(async (f) => `${basename(f).toLowerCase()} ${await sha256File(f)}`),
  );
  return sha256(parts.join('\n'));
}

function assertNotEmpty(file: string): void {
  if (statSync(file).size === 0) {
    throw new InputError(
      'E_VALUE',
      'the file is empty (0 bytes)',
      { file: basename(file), line: 1 },
      'the download failed or was cut short; download it again',
    );
  }
}

export async function importList(store: Store, request: ImportRequest): Promise<ImportResult> {
  const requireMarker = !request.allowMissingMarker;
  const plan =
    request.format === 'ofac-csv'
      ? ofacCsvPlan(request.path, requireMarker)
      : filePlan(request.format, request.path);
  const dataset = request.dataset ?? plan.dataset;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(dataset))
    throw new UsageError(`bad dataset name "${dataset}"`, 'use letters, digits, . _ -');
  const maxShrink = request.maxShrink ?? DEFAULT_MAX_SHRINK;
  if (!(maxShrink >= 0 && maxShrink <= 1))
    throw new UsageError(`the allowed shrink must be a share from 0 to 1, got ${maxShrink}`);
  for (const f of plan.required) assertNotEmpty(f);
  const hash = await contentHash(plan.files);
  const latest = (
    await store.datasetVersions(dataset).catch((e: unknown) => {
      if (e instanceof NotFoundError) return [];
      throw e;
    })
  ).at(-1);
  if ((request.skipIfUnchanged ?? true) && latest?.contentHash === hash)
    return { info: latest, unchanged: true, skipped: 0, skippedExamples: [] };
  const total = plan.files.reduce((n, f) => n + statSync(f).size, 0);
  const progress = createProgress(
    request.progress ?? { err: () => undefined, isTTY: false },
    `import ${basename(request.path)}`,
    total,
  );
  const skippedExamples: string[] = [];
  let skipped = 0;
  const onSkip = (e: InputError) => {
    skipped++;
    if (skippedExamples.length < MAX_SKIP_EXAMPLES) skippedExamples.push(formatError(e));
  };
  const entities = plan.entities((n) => progress.advance(n), {
    skipInvalid: request.skipInvalid ?? false,
    onSkip,
  });
  // The meta object is read when the version row is written, after the stream ends, so the notes are final.
  const notes: Record<string, unknown> = {};
  if (request.format === 'ofac-csv' && !requireMarker)
    notes.endMarker = 'not required (--allow-missing-marker)';
  const previous = latest && { version: latest.version, total: countOf(latest) };
  const info = await store.saveDataset(
    dataset,
    (async function* () {
      let n = 0;
      for await (const entity of entities) {
        n++;
        yield entity;
      }
      // Throwing here, before the version row is written, rolls the whole import back.
      const shrink = checkListSize({
        file: basename(plan.required[0]!),
        total: n,
        previous,
        maxShrink,
        allowShrink: request.allowShrink ?? false,
      });
      if (shrink) notes.shrink = shrink;
      if (skipped > 0) Object.assign(notes, { skipped, skippedExamples });
    })(),
    {
      sourceFile: request.path,
      format: request.format,
      contentHash: hash,
      notes,
      onWait: (message) => request.progress?.err(`${basename(request.path)}: ${message}\n`),
    },
  );
  progress.done();
  return { info: { ...info, notes: { ...info.notes, ...notes } }, skipped, skippedExamples };
}

const countOf = (info: VersionInfo): number => Object.values(info.counts).reduce((a, b) => a + b, 0);
