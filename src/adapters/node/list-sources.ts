// Where `interdict lists update` fetches the official lists from: OFAC's
// Sanctions List Service exports and the UN Security Council XML.

import { readFileSync } from 'node:fs';
import { InputError } from '../../core/model/errors.js';
import { isListFormat, type ListFormat } from './import-list.js';

export interface ListSource {
  /** Dataset the list is imported into. */
  dataset: string;
  format: ListFormat;
  /** For ofac-csv the CSV set's files; otherwise one file. */
  files: { url: string; file: string; sha256?: string }[];
}

const OFAC = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports';

export const DEFAULT_SOURCES: ListSource[] = [
  {
    dataset: 'us_ofac_sdn',
    format: 'ofac-csv',
    files: ['SDN.CSV', 'ALT.CSV', 'ADD.CSV', 'SDN_COMMENTS.CSV'].map((f) => ({
      url: `${OFAC}/${f}`,
      file: f.toLowerCase(),
    })),
  },
  {
    dataset: 'us_ofac_cons',
    format: 'ofac-csv',
    files: ['CONS_PRIM.CSV', 'CONS_ALT.CSV', 'CONS_ADD.CSV', 'CONS_COMMENTS.CSV'].map((f) => ({
      url: `${OFAC}/${f}`,
      file: f.toLowerCase(),
    })),
  },
  {
    dataset: 'un_sc_sanctions',
    format: 'un-xml',
    files: [
      { url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml', file: 'consolidated.xml' },
    ],
  },
];

/** Reads a sources file: a JSON array shaped like DEFAULT_SOURCES. */
export function readSources(path: string): ListSource[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(
      'E_PARSE',
      `cannot read the sources file: ${(e as Error).message}`,
      { file: path },
      'write a JSON array of {dataset, format, files: [{url, file}]}',
    );
  }
  if (!Array.isArray(data))
    throw new InputError(
      'E_SCHEMA',
      'expected a JSON array of sources',
      { file: path },
      'write [{"dataset": …, "format": …, "files": [{"url": …, "file": …}]}]',
    );
  return data.map((s: Partial<ListSource>, i) => {
    const where = { file: path, path: `[${i}]` };
    if (
      !s ||
      typeof s.dataset !== 'string' ||
      !isListFormat(String(s.format)) ||
      !Array.isArray(s.files) ||
      s.files.length === 0
    ) {
      throw new InputError(
        'E_SCHEMA',
        'a source needs dataset, format (ofac-csv, ofac-xml, un-xml, ftm) and files',
        where,
        'see DEFAULT_SOURCES in list-sources.ts',
      );
    }
    for (const [j, f] of s.files.entries()) {
      if (typeof f?.url !== 'string' || typeof f.file !== 'string' || !/^[A-Za-z0-9._-]+$/.test(f.file)) {
        throw new InputError(
          'E_SCHEMA',
          'each file needs a url and a plain file name',
          { file: path, path: `[${i}].files[${j}]` },
          'e.g. {"url": "https://…/SDN.CSV", "file": "sdn.csv"}',
        );
      }
    }
    return s as ListSource;
  });
}
