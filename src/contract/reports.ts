// Query of the report endpoints that print a document: the monitoring digest
// (`GET /monitor/digest`, `GET /watches/{id}/report`).

export const REPORT_FORMATS = ['html', 'pdf'] as const;

export const DIGEST_QUERY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    watch: { type: 'string', maxLength: 200, description: 'One watch (default: every watch)' },
    since: {
      type: 'string',
      maxLength: 40,
      description: 'Start of the period: YYYY-MM-DD (from midnight UTC) or an ISO date-time',
    },
    until: {
      type: 'string',
      maxLength: 40,
      description: 'End of the period: YYYY-MM-DD (through that day) or an ISO date-time',
    },
    format: { type: 'string', enum: REPORT_FORMATS, default: 'html' },
  },
} as const;

export interface DigestQuery {
  watch?: string;
  since?: string;
  until?: string;
  format: (typeof REPORT_FORMATS)[number];
}
