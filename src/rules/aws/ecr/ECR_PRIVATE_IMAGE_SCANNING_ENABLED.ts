import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { Resource } from '../../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { isObject, type Value } from '../../../model/value.js';
import { existence } from '../../lib/certainty.js';
import { booleanSetting } from '../../lib/settings.js';

const REGISTRY = 'AWS::ECR::RegistryScanningConfiguration';
const SCANNING = ['SCAN_ON_PUSH', 'CONTINUOUS_SCAN'];

/**
 * A registry scanning filter: with `*` wildcards it matches whole names; without one it matches
 * every name containing it (ECR user guide, "Filter wildcards").
 */
function filterMatches(filter: string, name: string): boolean {
  if (!filter.includes('*')) return name.includes(filter);
  const pattern = filter.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${pattern}$`).test(name);
}

/** Whether a registry configuration scans the repository on push or continuously: true, false, or what is not known. */
function registryScans(registry: Resource, name: Value | undefined): boolean | Unknown {
  if (registry.unresolved) return unknown(registry.unresolved);
  const rules = registry.properties.Rules;
  if (isUnknown(rules)) return rules;
  let undecided: Unknown | undefined;
  for (const rule of Array.isArray(rules) ? rules : []) {
    if (isUnknown(rule)) {
      undecided ??= rule;
      continue;
    }
    if (!isObject(rule)) continue;
    const frequency = rule.ScanFrequency;
    if (isUnknown(frequency)) undecided ??= frequency;
    if (typeof frequency !== 'string' || !SCANNING.includes(frequency)) continue;
    const filters = rule.RepositoryFilters;
    if (isUnknown(filters)) {
      undecided ??= filters;
      continue;
    }
    for (const entry of Array.isArray(filters) ? filters : []) {
      const filter = isObject(entry) ? entry.Filter : entry;
      if (isUnknown(filter)) undecided ??= filter;
      else if (isUnknown(name)) undecided ??= name;
      else if (typeof filter === 'string' && typeof name === 'string' && filterMatches(filter, name)) {
        const certain = existence(registry);
        return certain === true ? true : certain;
      }
    }
  }
  return undecided ?? false;
}

export default defineRule({
  meta: {
    id: 'ECR_PRIVATE_IMAGE_SCANNING_ENABLED',
    title: 'ECR private repositories scan images on push or continuously',
    description:
      'Checks that images in an Amazon ECR private repository are scanned for vulnerabilities on push or continuously: by the repository\'s `ImageScanningConfiguration.ScanOnPush`, or by a rule of the registry\'s scanning configuration (`AWS::ECR::RegistryScanningConfiguration`, `aws_ecr_registry_scanning_configuration`) whose filter matches the repository. With enhanced scanning the registry\'s rules alone decide. When the repository does not scan on push and the registry configuration is not in the input, the result is INSUFFICIENT_DATA.',
    severity: 'high',
    resourceTypes: ['AWS::ECR::Repository'],
    managedRule: 'ecr-private-image-scanning-enabled',
    frameworks: { FSBP: ['ECR.1'], 'NIST-800-53-r5': ['RA-5'] },
    messages: {
      scanOnPush: 'ECR repository {{id}} scans images on push (ScanOnPush is true).',
      registryScans: 'The registry scanning configuration {{registry}} scans ECR repository {{id}} ({{type}} scanning).',
      notScanned: 'ECR repository {{id}} is not scanned on push or continuously: {{why}}.',
      registryOutside: 'ECR repository {{id}} does not scan on push itself (ScanOnPush is {{actual}}); whether the registry\'s scanning configuration scans it is not in this input.',
      unknown: 'Whether ECR repository {{id}} is scanned is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `ImageScanningConfiguration.ScanOnPush: true` on the repository, or (preferably) configure registry-level scanning — enhanced scanning with Amazon Inspector, `CONTINUOUS_SCAN` or `SCAN_ON_PUSH` for a filter that covers the repository.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Registry:\n    Type: AWS::ECR::RegistryScanningConfiguration\n    Properties:\n      ScanType: ENHANCED\n      Rules:\n        - ScanFrequency: CONTINUOUS_SCAN\n          RepositoryFilters: [{ Filter: prod-*, FilterType: WILDCARD }]\n  Repository:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: sandbox-web\n',
        },
      ],
      compliant: [
        {
          cloudformation: 'Resources:\n  Repository:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: web\n      ImageScanningConfiguration:\n        ScanOnPush: true\n',
        },
      ],
    },
  },
  check(repository, { graph }) {
    const name = repository.properties.RepositoryName;
    const registries = graph.ofType(REGISTRY);
    let undecided: Unknown | undefined;
    let enhanced = false;
    for (const registry of registries) {
      const scans = registryScans(registry, name);
      const type = isUnknown(registry.properties.ScanType) ? 'unknown' : String(registry.properties.ScanType ?? 'BASIC');
      if (scans === true) return compliant('registryScans', { registry: registry.id, type }, []);
      if (isUnknown(scans)) undecided ??= scans;
      // With enhanced scanning ECR ignores the repository's own scan-on-push setting.
      if (type === 'ENHANCED' && existence(registry) === true) enhanced = true;
      else if (type === 'unknown') undecided ??= registry.properties.ScanType as Unknown;
    }
    const path = ['ImageScanningConfiguration', 'ScanOnPush'];
    const onPush = enhanced ? false : booleanSetting(repository, path, false);
    if (onPush === true) return compliant('scanOnPush', {}, path);
    if (isUnknown(onPush)) return insufficientData('unknown', { reason: onPush.reason }, path);
    if (undecided) return insufficientData('unknown', { reason: undecided.reason }, []);
    const written = repository.properties.ImageScanningConfiguration === undefined ? [] : path;
    if (enhanced) return nonCompliant('notScanned', { why: 'the registry uses enhanced scanning and none of its rules covers it' }, []);
    if (registries.length > 0) return nonCompliant('notScanned', { why: 'ScanOnPush is not true and no rule of the registry scanning configuration covers it' }, written);
    const actual = isUnknown(onPush) ? 'unknown' : repository.properties.ImageScanningConfiguration === undefined ? 'not set (default false)' : 'false';
    return insufficientData('registryOutside', { actual }, written);
  },
});
