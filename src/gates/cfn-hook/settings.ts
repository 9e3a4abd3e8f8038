// What the hook checks: rules, parameters, severity threshold, exceptions. From environment variables and/or a
// `.tosei.yml`-format object in SSM Parameter Store or S3. The hook's FailureMode stays CloudFormation's business.
import { parseConfig, type ToseiConfig } from '../../config/config.js';
import type { ActiveRule } from '../../engine/run.js';
import type { Exception } from '../../engine/suppressions.js';
import { SEVERITIES, type Severity } from '../../model/evaluation.js';
import { builtinRules } from '../../rules/index.js';
import { selectRules } from '../../engine/select.js';
import { isRecord } from './protocol.js';

export interface HookSettings {
  rules: readonly ActiveRule[];
  severityThreshold: Severity;
  exceptions: readonly Exception[];
  /** Where the config object came from, for error messages: `ssm:/tosei/hook`, `s3://bucket/key`, a file. */
  configSource?: string;
  failOnInsufficientData: boolean;
}

/** Reads the config object; the Lambda uses the AWS SDK (aws.ts), tests a local server, `hook invoke` a file. */
export interface ConfigReaders {
  ssmParameter?(name: string): Promise<string>;
  s3Object?(bucket: string, key: string): Promise<string>;
}

/** Settings are wrong (a bad variable, an unknown rule, an invalid config object): the hook answers InternalFailure. */
export class HookSettingsError extends Error {}

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Environment variables (all optional):
 * - `TOSEI_CONFIG_SSM_PARAMETER` name of an SSM parameter (String or SecureString) holding a `.tosei.yml` object, or
 *   `TOSEI_CONFIG_S3_URI` `s3://bucket/key` of one (not both);
 * - `TOSEI_RULES` / `TOSEI_SKIP_RULES` comma-separated rule ids (only these / not these);
 * - `TOSEI_RULES_SET` the rule set that runs unless rules are named (`recommended`, the default, or `all`), over
 *   the config object's `rulesSet`;
 * - `TOSEI_PARAMETERS` JSON `{"RULE_ID": {"name": value}}`, over the config object's parameters;
 * - `TOSEI_SEVERITY_THRESHOLD` info|low|medium|high|critical, over the config object's `severityThreshold`;
 * - `TOSEI_FAIL_ON_INSUFFICIENT_DATA` `true` to block on checks that can not be decided.
 * `local` is a config file given directly (`tosei hook invoke --config`).
 */
export async function loadHookSettings(env: Environment, readers: ConfigReaders = {}, local?: { text: string; file: string }): Promise<HookSettings> {
  const known = new Set(builtinRules.map((rule) => rule.meta.id));
  let config: ToseiConfig | undefined;
  let configSource: string | undefined;
  const ssmName = env.TOSEI_CONFIG_SSM_PARAMETER?.trim();
  const s3Uri = env.TOSEI_CONFIG_S3_URI?.trim();
  if (ssmName && s3Uri) throw new HookSettingsError('set TOSEI_CONFIG_SSM_PARAMETER or TOSEI_CONFIG_S3_URI, not both');
  if (ssmName) {
    if (!readers.ssmParameter) throw new HookSettingsError('TOSEI_CONFIG_SSM_PARAMETER is set but no SSM client is available');
    configSource = `ssm:${ssmName}`;
    config = parseConfigObject(await readConfig(() => readers.ssmParameter!(ssmName), configSource), configSource, known);
  } else if (s3Uri) {
    const { bucket, key } = parseS3Uri(s3Uri);
    if (!readers.s3Object) throw new HookSettingsError('TOSEI_CONFIG_S3_URI is set but no S3 client is available');
    configSource = s3Uri;
    config = parseConfigObject(await readConfig(() => readers.s3Object!(bucket, key), configSource), configSource, known);
  } else if (local) {
    configSource = local.file;
    config = parseConfigObject(local.text, local.file, known);
  }
  const threshold = env.TOSEI_SEVERITY_THRESHOLD?.trim();
  if (threshold && !(SEVERITIES as readonly string[]).includes(threshold)) {
    throw new HookSettingsError(`TOSEI_SEVERITY_THRESHOLD must be one of ${SEVERITIES.join(', ')}, got "${threshold}"`);
  }
  let rules: ActiveRule[];
  try {
    rules = selectRules(builtinRules, {
      only: list(env.TOSEI_RULES),
      skip: list(env.TOSEI_SKIP_RULES),
      parameters: parametersVariable(env.TOSEI_PARAMETERS),
      ...(config ? { config } : {}),
      ...(env.TOSEI_RULES_SET?.trim() ? { ruleSet: env.TOSEI_RULES_SET.trim() } : {}),
    });
  } catch (error) {
    throw new HookSettingsError(`rule selection: ${(error as Error).message}`);
  }
  const failOnInsufficientData = env.TOSEI_FAIL_ON_INSUFFICIENT_DATA?.trim().toLowerCase();
  return {
    rules,
    severityThreshold: (threshold as Severity | undefined) || config?.severityThreshold || 'info',
    exceptions: config?.exceptions ?? [],
    ...(configSource ? { configSource } : {}),
    failOnInsufficientData: failOnInsufficientData === 'true' || failOnInsufficientData === '1',
  };
}

async function readConfig(read: () => Promise<string>, source: string): Promise<string> {
  try {
    return await read();
  } catch (error) {
    const name = (error as Error)?.name;
    throw new HookSettingsError(`cannot read the configuration ${source}: ${name && name !== 'Error' ? `${name}: ` : ''}${(error as Error)?.message ?? String(error)}`);
  }
}

function parseConfigObject(text: string, source: string, known: ReadonlySet<string>): ToseiConfig {
  try {
    return parseConfig(text, source, known);
  } catch (error) {
    throw new HookSettingsError(`invalid configuration: ${(error as Error).message}`);
  }
}

export function parseS3Uri(uri: string): { bucket: string; key: string } {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/.exec(uri);
  if (!match) throw new HookSettingsError(`TOSEI_CONFIG_S3_URI must look like s3://bucket/key, got "${uri}"`);
  return { bucket: match[1] as string, key: match[2] as string };
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

function parametersVariable(value: string | undefined): Record<string, Record<string, unknown>> | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch (error) {
    throw new HookSettingsError(`TOSEI_PARAMETERS is not JSON: ${(error as Error).message}`);
  }
  if (!isRecord(data) || !Object.values(data).every(isRecord)) throw new HookSettingsError('TOSEI_PARAMETERS must be a JSON object {"RULE_ID": {"name": value}}');
  return data as Record<string, Record<string, unknown>>;
}

/**
 * Settings kept per Lambda container for `ttlMs`, so a warm invocation reads SSM or S3 at most once per TTL. A
 * failed load is not kept: the next invocation tries again.
 */
export class SettingsCache {
  private cached?: { settings: HookSettings; expires: number };
  private pending?: Promise<HookSettings>;

  constructor(
    private readonly load: () => Promise<HookSettings>,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async get(): Promise<HookSettings> {
    if (this.cached && this.now() < this.cached.expires) return this.cached.settings;
    this.pending ??= this.load().then(
      (settings) => {
        this.cached = { settings, expires: this.now() + this.ttlMs };
        this.pending = undefined;
        return settings;
      },
      (error: unknown) => {
        this.pending = undefined;
        throw error;
      },
    );
    return this.pending;
  }
}

/** `TOSEI_CONFIG_TTL_SECONDS`, default 300 (5 minutes). */
export function settingsTtlMs(env: Environment): number {
  const seconds = Number(env.TOSEI_CONFIG_TTL_SECONDS ?? 300);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 300_000;
}
