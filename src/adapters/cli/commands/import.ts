// `interdict import ofac-csv|ofac-xml|un-xml|ftm`: read an official list into
// a new version of a named dataset and print counts by schema.

import { UsageError } from '../../../core/model/errors.js';
import { importList, type ImportResult, type ListFormat } from '../../node/import-list.js';
import {
  COMMON_OPTIONS,
  flag,
  printJson,
  stringOpt,
  withStore,
  type Command,
  type Io,
  type ParsedArgs,
} from '../command.js';
import { formatNumber } from '../format.js';

const WHAT: Record<ListFormat, { arg: string; summary: string; example: string }> = {
  'ofac-csv': {
    arg: 'DIR',
    summary: 'Import an OFAC legacy CSV set (sdn.csv … or cons_*.csv) from a folder',
    example: 'interdict import ofac-csv ./ofac --dataset us_ofac_sdn',
  },
  'ofac-xml': {
    arg: 'FILE',
    summary: "Import OFAC's sdn.xml or consolidated.xml",
    example: 'interdict import ofac-xml sdn.xml',
  },
  'un-xml': {
    arg: 'FILE',
    summary: 'Import the UN Security Council consolidated list (XML)',
    example: 'interdict import un-xml consolidated.xml',
  },
  ftm: {
    arg: 'FILE',
    summary: 'Import FollowTheMoney JSON lines (OpenSanctions exports)',
    example: 'interdict import ftm entities.ftm.json --dataset zala',
  },
};

export function reportImport(io: Io, result: ImportResult, json: boolean): void {
  const { info } = result;
  if (json) {
    printJson(io, {
      ...info,
      ...(result.unchanged ? { unchanged: true } : {}),
      skipped: result.skipped,
      skippedExamples: result.skippedExamples,
    });
    return;
  }
  if (result.unchanged) {
    io.out(`unchanged: ${info.name}@${info.version} already holds this content; nothing stored\n`);
    return;
  }
  const total = Object.values(info.counts).reduce((a, b) => a + b, 0);
  const lines = [`stored ${info.name}@${info.version}: ${formatNumber(total)} entities`];
  for (const [schema, n] of Object.entries(info.counts).sort((a, b) => b[1] - a[1]))
    lines.push(`  ${schema.padEnd(14)} ${formatNumber(n)}`);
  if (result.skipped > 0) {
    lines.push(`skipped ${formatNumber(result.skipped)} invalid records:`);
    for (const m of result.skippedExamples) lines.push(`  ${m}`);
  }
  io.out(lines.join('\n') + '\n');
}

/** Options shared by every list import: how far a new version may shrink. */
export const SANITY_OPTIONS = {
  'allow-shrink': { type: 'boolean', default: false },
  'max-shrink': { type: 'string' },
} as const;

export function sanityOptions(args: ParsedArgs): { allowShrink: boolean; maxShrink?: number } {
  const raw = stringOpt(args, 'max-shrink');
  let maxShrink: number | undefined;
  if (raw !== undefined) {
    const pct = Number(raw.replace(/%$/, ''));
    if (raw.trim() === '' || !Number.isFinite(pct) || pct < 0 || pct > 100)
      throw new UsageError(
        `--max-shrink must be a percentage from 0 to 100, got "${raw}"`,
        'e.g. --max-shrink 25',
      );
    maxShrink = pct / 100;
  }
  return { allowShrink: flag(args, 'allow-shrink'), ...(maxShrink === undefined ? {} : { maxShrink }) };
}

function importCommand(format: ListFormat): Command {
  const w = WHAT[format];
  return {
    path: ['import', format],
    summary: w.summary,
    usage:
      `interdict import ${format} ${w.arg} [--dataset NAME] [--skip-invalid] [--allow-shrink] [--max-shrink PCT]` +
      (format === 'ofac-csv' ? ' [--allow-missing-marker]' : '') +
      ' [--db FILE] [--json]',
    examples: [w.example],
    options: {
      ...COMMON_OPTIONS,
      dataset: { type: 'string' },
      'skip-invalid': { type: 'boolean', default: false },
      ...SANITY_OPTIONS,
      ...(format === 'ofac-csv' ? { 'allow-missing-marker': { type: 'boolean', default: false } } : {}),
    },
    async run(args, io) {
      const path = args.positionals[0];
      if (!path || args.positionals.length > 1) throw new UsageError(`give exactly one ${w.arg}`, w.example);
      return withStore(args, io, async (store) => {
        const result = await importList(store, {
          format,
          path,
          dataset: stringOpt(args, 'dataset'),
          skipInvalid: flag(args, 'skip-invalid'),
          ...sanityOptions(args),
          allowMissingMarker: format === 'ofac-csv' && flag(args, 'allow-missing-marker'),
          progress: io,
        });
        reportImport(io, result, flag(args, 'json'));
        return 0;
      });
    },
  };
}

export const importCommands: Command[] = (['ofac-csv', 'ofac-xml', 'un-xml', 'ftm'] as const).map(
  importCommand,
);
