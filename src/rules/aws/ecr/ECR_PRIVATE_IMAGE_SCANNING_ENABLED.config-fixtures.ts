import { buildConfigurationItem as item, FIXTURE_ACCOUNT } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { repositoryItem } from './items.js';

/**
 * Config does not record the registry's scanning configuration; `tosei scan aws` reads it through
 * Cloud Control (CloudFormation's shape) beside the repositories.
 */
const registry = (scanType: string, rules: readonly Record<string, unknown>[]) =>
  item('AWS::ECR::RegistryScanningConfiguration', { RegistryId: FIXTURE_ACCOUNT, ScanType: scanType, Rules: rules }, { resourceId: FIXTURE_ACCOUNT, resourceName: null });

export default [
  {
    name: 'config: scan on push, off without the registry configuration, not recorded',
    items: [
      repositoryItem('scanned', { ImageScanningConfiguration: { ScanOnPush: true } }),
      repositoryItem('off'),
      repositoryItem('unrecorded', { ImageScanningConfiguration: undefined }),
    ],
    expect: {
      scanned: 'COMPLIANT',
      off: { status: 'INSUFFICIENT_DATA', messageId: 'registryOutside' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'live: an enhanced registry configuration read beside the repositories',
    items: [
      registry('ENHANCED', [{ ScanFrequency: 'CONTINUOUS_SCAN', RepositoryFilters: [{ Filter: 'prod-*', FilterType: 'WILDCARD' }] }]),
      repositoryItem('prod-web'),
      repositoryItem('dev-web', { ImageScanningConfiguration: { ScanOnPush: true } }),
    ],
    expect: {
      'prod-web': { status: 'COMPLIANT', messageId: 'registryScans' },
      'dev-web': { status: 'NON_COMPLIANT', messageId: 'notScanned' },
    },
  },
] satisfies RuleCase[];
