import type { PropertyPath, Resource } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import { getPath, isObject, type ValueObject } from '../../model/value.js';
import { compliant, insufficientData, nonCompliant } from '../define.js';
import type { Verdict } from '../types.js';
import { isSet } from './certainty.js';
import { stringSetting, type JudgeMessages } from './settings.js';

/**
 * Reading an `AWS::CloudFront::Distribution`: everything sits under `DistributionConfig`, in
 * lists of cache behaviors and origins that each decide a control on their own. A list or an
 * element that is not known (an `Fn::If`, a value known after apply) is reported beside the
 * known elements, so one known violation still decides and an unknown never passes.
 */

export const DISTRIBUTION_CONFIG = 'DistributionConfig';

/** One element of a distribution's lists (a cache behavior, an origin), with its full path. */
export interface Part {
  path: PropertyPath;
  value: ValueObject;
}

export interface Parts {
  parts: Part[];
  /** Lists or elements whose content is not known, by where they are. */
  unknowns: { path: PropertyPath; unknown: Unknown }[];
}

function malformed(resource: Resource, path: PropertyPath, expected: string): Unknown {
  return unknown(`malformed: ${resource.id} ${path.join('.')} should be ${expected}`);
}

/** The objects of the list at `path` (none when absent). */
export function objectList(resource: Resource, path: PropertyPath): Parts {
  const value = getPath(resource.properties, path);
  const found: Parts = { parts: [], unknowns: [] };
  if (value === undefined || value === null) return found;
  if (isUnknown(value)) return { parts: [], unknowns: [{ path, unknown: value }] };
  if (!Array.isArray(value)) return { parts: [], unknowns: [{ path, unknown: malformed(resource, path, 'a list') }] };
  value.forEach((item, index) => {
    const itemPath = [...path, index];
    if (isObject(item)) found.parts.push({ path: itemPath, value: item });
    else if (isUnknown(item)) found.unknowns.push({ path: itemPath, unknown: item });
    else if (item !== null) found.unknowns.push({ path: itemPath, unknown: malformed(resource, itemPath, 'an object') });
  });
  return found;
}

/** The object at `path`, as a one-element list (none when absent). */
export function objectAt(resource: Resource, path: PropertyPath): Parts {
  const value = getPath(resource.properties, path);
  if (value === undefined || value === null) return { parts: [], unknowns: [] };
  if (isUnknown(value)) return { parts: [], unknowns: [{ path, unknown: value }] };
  if (!isObject(value)) return { parts: [], unknowns: [{ path, unknown: malformed(resource, path, 'an object') }] };
  return { parts: [{ path, value }], unknowns: [] };
}

function merge(...all: Parts[]): Parts {
  return { parts: all.flatMap((parts) => parts.parts), unknowns: all.flatMap((parts) => parts.unknowns) };
}

/** The whole `DistributionConfig` when it is not known (a distribution built from an unknown value). */
function unknownConfig(distribution: Resource): Parts | undefined {
  const config = distribution.properties[DISTRIBUTION_CONFIG];
  if (config === undefined || isObject(config)) return undefined;
  return { parts: [], unknowns: [{ path: [DISTRIBUTION_CONFIG], unknown: isUnknown(config) ? config : malformed(distribution, [DISTRIBUTION_CONFIG], 'an object') }] };
}

/**
 * The default cache behavior and the ordered ones (`CacheBehaviors`). CloudFront requires a default
 * behavior: a distribution without one is malformed, hence unknown.
 */
export function cacheBehaviors(distribution: Resource): Parts {
  const whole = unknownConfig(distribution);
  if (whole) return whole;
  const defaultPath = [DISTRIBUTION_CONFIG, 'DefaultCacheBehavior'];
  const defaults = objectAt(distribution, defaultPath);
  if (defaults.parts.length === 0 && defaults.unknowns.length === 0) defaults.unknowns.push({ path: [DISTRIBUTION_CONFIG], unknown: malformed(distribution, defaultPath, 'set (CloudFront requires a default cache behavior)') });
  return merge(defaults, objectList(distribution, [DISTRIBUTION_CONFIG, 'CacheBehaviors']));
}

/** A custom origin's settings: `Origins[].CustomOriginConfig`, or the legacy `CustomOrigin`. */
export function customOrigins(distribution: Resource): Parts {
  const whole = unknownConfig(distribution);
  if (whole) return whole;
  const all = origins(distribution);
  const configs = all.parts.map((origin) => objectAt(distribution, [...origin.path, 'CustomOriginConfig']));
  return merge({ parts: [], unknowns: all.unknowns }, ...configs, objectAt(distribution, [DISTRIBUTION_CONFIG, 'CustomOrigin']));
}

/** What an origin is; CloudFront rejects an origin with none of them ("Exactly one of CustomOriginConfig and S3OriginConfig must be specified"). */
const ORIGIN_KINDS = ['S3OriginConfig', 'CustomOriginConfig', 'VpcOriginConfig'] as const;

/**
 * The origins (`Origins`), each with its `Id`. An origin that says of no kind is malformed, hence
 * unknown: it is neither an S3 origin nor a custom one, and no deployment makes it either.
 */
export function origins(distribution: Resource): Parts {
  const whole = unknownConfig(distribution);
  if (whole) return whole;
  const listed = objectList(distribution, [DISTRIBUTION_CONFIG, 'Origins']);
  const found: Parts = { parts: [], unknowns: [...listed.unknowns] };
  for (const origin of listed.parts) {
    if (ORIGIN_KINDS.some((kind) => origin.value[kind] !== undefined && origin.value[kind] !== null)) found.parts.push(origin);
    else found.unknowns.push({ path: origin.path, unknown: malformed(distribution, origin.path, `an origin with one of ${ORIGIN_KINDS.join(', ')}`) });
  }
  return found;
}

/**
 * A setting that must be one of `allowed`: the value, undefined when absent, or an Unknown when it
 * is not known or is something else (malformed). A `required` setting that is absent is malformed.
 */
export function choice(resource: Resource, path: PropertyPath, allowed: readonly string[], required = false): string | Unknown | undefined {
  const value = stringSetting(resource, path);
  if (isUnknown(value)) return value;
  if (value === undefined) return required ? malformed(resource, path, `set (one of ${allowed.join(', ')})`) : undefined;
  return allowed.includes(value) ? value : malformed(resource, path, `one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`);
}

/** What one part says about a control: passes, fails, or can not be decided. */
export interface Finding {
  path: PropertyPath;
  outcome: boolean | Unknown;
  data?: Record<string, string | number>;
}

/**
 * The verdicts for a control every part must pass: each failing part (NON_COMPLIANT at its path),
 * else each undecidable one (INSUFFICIENT_DATA with its `{{reason}}`), else one COMPLIANT at
 * `passPath`.
 */
export function judgeParts<M extends string>(findings: readonly Finding[], messages: JudgeMessages<M>, passPath: PropertyPath = [], passData: Record<string, string | number> = {}): Verdict<M>[] {
  const failed = findings.filter((finding) => finding.outcome === false);
  if (failed.length > 0) return failed.map((finding) => nonCompliant(messages.fail, finding.data ?? {}, finding.path));
  const undecided = findings.filter((finding): finding is Finding & { outcome: Unknown } => isUnknown(finding.outcome));
  if (undecided.length > 0) return undecided.map((finding) => insufficientData(messages.unknown, { ...finding.data, reason: finding.outcome.reason }, finding.path));
  return [compliant(messages.pass, passData, passPath)];
}

/** A part's place for messages: its path below `DistributionConfig` (`CacheBehaviors.1`). */
export function where(path: PropertyPath): string {
  return path.slice(1).join('.') || DISTRIBUTION_CONFIG;
}

/** Findings for the unknown lists and elements of `parts`; their data has `where`. */
export function unknownFindings(parts: Parts, data: Record<string, string | number> = {}): Finding[] {
  return parts.unknowns.map(({ path, unknown: outcome }) => ({ path, outcome, data: { ...data, where: where(path) } }));
}

/**
 * Which certificate a distribution serves viewers: `custom` (an ACM or IAM certificate), `default`
 * (CloudFront's *.cloudfront.net certificate: `CloudFrontDefaultCertificate`, or no
 * `ViewerCertificate` at all), or an Unknown.
 */
export function viewerCertificate(distribution: Resource): 'custom' | 'default' | Unknown {
  const path = [DISTRIBUTION_CONFIG, 'ViewerCertificate'];
  const certificate = getPath(distribution.properties, path);
  if (certificate === undefined || certificate === null) return 'default';
  if (isUnknown(certificate)) return certificate;
  if (!isObject(certificate)) return malformed(distribution, path, 'an object');
  const custom = [certificate.AcmCertificateArn, certificate.IamCertificateId].map((value) => isSet(value));
  if (custom.includes(true)) return 'custom';
  return custom.find(isUnknown) ?? 'default';
}
