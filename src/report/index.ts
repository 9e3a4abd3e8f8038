import { formatAsff } from './formatters/asff.js';
import { formatCsv } from './formatters/csv.js';
import { formatHtml } from './formatters/html/index.js';
import { formatGithub } from './formatters/github.js';
import { formatJson } from './formatters/json.js';
import { formatJunit } from './formatters/junit.js';
import { formatMarkdown } from './formatters/markdown.js';
import { formatOcsf } from './formatters/ocsf.js';
import { formatSarif } from './formatters/sarif.js';
import { formatText } from './formatters/text.js';
import type { Formatter } from './types.js';

export type { FormatContext, Formatter, ScanReport, ScanSummary } from './types.js';
export { FormatError, isFailingAt, summarize } from './types.js';
export { formatJsonChunks, JsonReportWriter } from './formatters/json.js';
export { SarifReportWriter } from './formatters/sarif.js';

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown', 'github', 'csv', 'asff', 'ocsf', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];

export const formatters: Record<FormatName, Formatter> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  markdown: formatMarkdown,
  github: formatGithub,
  csv: formatCsv,
  asff: formatAsff,
  ocsf: formatOcsf,
  html: formatHtml,
};
