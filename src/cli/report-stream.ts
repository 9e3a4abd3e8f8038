/**
 * `tosei scan --format json|sarif` writes its report while the scan goes: each evaluation is
 * formatted, written and dropped as it is made, so the report of a 100,000-item inventory is never
 * held whole, neither as text nor as evaluations. The text is byte for byte what formatJson and
 * formatSarif give for the same run. SARIF names the run's problems before its results, so its
 * results wait in a temporary file until the run is over.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Evaluation } from '../model/evaluation.js';
import { assignResourceKeys } from '../model/resource-key.js';
import { JsonReportWriter, SarifReportWriter } from '../report/index.js';
import { countEvaluations, type EvaluationCounts, type FormatContext, type ScanReport } from '../report/types.js';
import { plainMessage, ReportWriteError, type CliEnvironment, type ReportSettings } from './common.js';
import { BatchedWriter, fileWriter } from './output.js';

/** Reports that can be written as they are made: one report (no `--report`), no baseline to apply or write. */
export function streamsReport(settings: ReportSettings): boolean {
  return (settings.format === 'json' || settings.format === 'sarif') && settings.reports.length === 0 && !settings.baseline && !settings.writeBaseline;
}

/**
 * Where the report goes: `--output` (opened now, before the scan; `shown` as the user wrote it) or
 * stdout; a write that fails is a ReportWriteError.
 */
function reportOutput(settings: ReportSettings, io: CliEnvironment, shown: string | undefined): BatchedWriter {
  const failed = (error: unknown): ReportWriteError => new ReportWriteError(`cannot write the report to ${shown ?? 'stdout'}: ${plainMessage(error)}`);
  if (settings.output === undefined) return new BatchedWriter(io.stdout);
  let write: ReturnType<typeof fileWriter>;
  try {
    write = fileWriter(settings.output);
  } catch (error) {
    throw failed(error);
  }
  const guarded = (text: string): void => {
    try {
      write(text);
    } catch (error) {
      throw failed(error);
    }
  };
  return new BatchedWriter(Object.assign(guarded, { close: write.close }));
}

/** A JSON or SARIF report written while the scan goes. */
export class StreamedReport {
  private readonly out: BatchedWriter;
  private readonly json: JsonReportWriter | undefined;
  private readonly sarif: { writer: SarifReportWriter; spool: BatchedWriter; directory: string; file: string } | undefined;
  private counts: EvaluationCounts | undefined;
  private readonly stack: string | undefined;

  constructor(
    settings: ReportSettings,
    private readonly context: FormatContext,
    report: Pick<ScanReport, 'tool' | 'rules'>,
    io: CliEnvironment,
    options: { output?: string | undefined; stack?: string | undefined },
  ) {
    this.stack = options.stack;
    this.out = reportOutput(settings, io, options.output);
    if (settings.format === 'json') {
      this.json = new JsonReportWriter(context);
      this.out.write(this.json.head(report.tool));
    } else {
      const directory = mkdtempSync(join(tmpdir(), 'tosei-sarif-'));
      const file = join(directory, 'results');
      this.sarif = { writer: new SarifReportWriter(report.rules, context), spool: new BatchedWriter(fileWriter(file)), directory, file };
    }
  }

  /** Takes one evaluation of the scan: formatted, written, counted, not kept. */
  readonly add = (evaluation: Evaluation): void => {
    if (this.stack) assignResourceKeys([evaluation], { stack: this.stack });
    // The JSON writer counts what it writes; SARIF's is counted here.
    if (this.json) this.out.write(this.json.result(evaluation));
    else if (this.sarif) {
      this.sarif.spool.write(this.sarif.writer.result(evaluation));
      this.counts = countEvaluations([evaluation], this.context.severityThreshold, this.counts);
    }
  };

  /** Writes what follows the results (`report`: the finished run, its evaluations being those added) and closes the output. */
  finish(report: ScanReport): void {
    try {
      if (this.json) this.out.write(this.json.tail(report));
      else if (this.sarif) {
        this.sarif.spool.end();
        this.out.write(this.sarif.writer.head(report));
        copyInto(this.sarif.file, this.out);
        this.out.write(this.sarif.writer.tail(report));
      }
      this.out.end();
    } finally {
      this.discard();
    }
  }

  /** Unsuppressed failing evaluations at or above the threshold, so far. */
  get failing(): number {
    return (this.json ? this.json.written : this.counts)?.failing ?? 0;
  }

  /** Removes the temporary results of a SARIF report (after finish, or when the run fails). */
  discard(): void {
    if (this.sarif) rmSync(this.sarif.directory, { recursive: true, force: true });
  }
}

/** The text of `file` into `out`, a megabyte at a time. */
function copyInto(file: string, out: BatchedWriter): void {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    const decoder = new StringDecoder('utf8');
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) out.write(decoder.write(buffer.subarray(0, read)));
    out.write(decoder.end());
  } finally {
    closeSync(fd);
  }
}
