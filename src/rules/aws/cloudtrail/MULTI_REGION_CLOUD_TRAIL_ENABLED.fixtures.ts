import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { trailYaml } from './items.js';

const ACCOUNT = '(account)';
const MULTI = '      IsLogging: true\n      IsMultiRegionTrail: true\n';

export default [
  {
    name: 'a multi-Region trail beside a single-Region one',
    template: `Resources:\n${trailYaml('Regional', '      IsLogging: true\n')}${trailYaml('Everywhere', MULTI)}`,
    expect: { [ACCOUNT]: { status: 'COMPLIANT', messageId: 'enabled', path: ['Trails', 1] } },
  },
  {
    name: 'only a single-Region trail',
    template: `Resources:\n${trailYaml('Regional', '      IsLogging: true\n')}`,
    expect: { [ACCOUNT]: { status: 'NON_COMPLIANT', messageId: 'noneQualifies', messageIncludes: 'not multi-Region' } },
  },
  {
    name: 'a multi-Region trail that is stopped',
    template: `Resources:\n${trailYaml('Stopped', '      IsLogging: false\n      IsMultiRegionTrail: true\n')}`,
    expect: { [ACCOUNT]: { status: 'NON_COMPLIANT', messageId: 'noneQualifies', messageIncludes: 'not logging' } },
  },
  {
    name: 'a multi-Region trail leaving KMS events out',
    template: `Resources:\n${trailYaml('NoKms', `${MULTI}      EventSelectors:\n        - ReadWriteType: All\n          IncludeManagementEvents: true\n          ExcludeManagementEventSources: [kms.amazonaws.com]\n`)}`,
    expect: { [ACCOUNT]: { status: 'NON_COMPLIANT', messageId: 'noneQualifies', messageIncludes: 'event sources out' } },
  },
  {
    name: 'a multi-Region trail whose region span comes from a parameter without a default',
    template: `Parameters:\n  Everywhere:\n    Type: String\nResources:\n${trailYaml('Maybe', '      IsLogging: true\n      IsMultiRegionTrail: !Ref Everywhere\n')}`,
    expect: { [ACCOUNT]: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'readWriteType ALL and includeManagementEvents (as Security Hub runs it): write-only selectors fail, the default passes',
    params: { readWriteType: 'ALL', includeManagementEvents: 'true' },
    template: `Resources:\n${trailYaml('WritesOnly', `${MULTI}      EventSelectors:\n        - ReadWriteType: WriteOnly\n`)}`,
    expect: { [ACCOUNT]: { status: 'NON_COMPLIANT', messageId: 'noneQualifies', messageIncludes: 'WRITEONLY' } },
  },
  {
    name: 'readWriteType ALL: advanced selectors recording all management events',
    params: { readWriteType: 'ALL', includeManagementEvents: 'true' },
    template: `Resources:\n${trailYaml('Advanced', `${MULTI}      AdvancedEventSelectors:\n        - FieldSelectors:\n            - Field: eventCategory\n              Equals: [Management]\n`)}`,
    expect: { [ACCOUNT]: 'COMPLIANT' },
  },
  {
    name: 'hcl: a multi-Region trail',
    hcl: `resource "aws_cloudtrail" "main" {\n  name                  = "main"\n  s3_bucket_name        = "audit"\n  is_multi_region_trail = true\n}\n`,
    expect: { [ACCOUNT]: 'COMPLIANT' },
  },
  {
    name: 'hcl: a trail left single-Region (the provider default)',
    hcl: `resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit"\n}\n`,
    expect: { [ACCOUNT]: { status: 'NON_COMPLIANT', messageId: 'noneQualifies' } },
  },
  {
    name: 'plan: a multi-Region trail',
    plan: { format_version: '1.2', terraform_version: '1.9.5', resource_changes: [created('aws_cloudtrail.main', { name: 'main', s3_bucket_name: 'audit', enable_logging: true, is_multi_region_trail: true })] },
    expect: { [ACCOUNT]: 'COMPLIANT' },
  },
  {
    name: 'plan: a single-Region trail',
    plan: { format_version: '1.2', terraform_version: '1.9.5', resource_changes: [created('aws_cloudtrail.main', { name: 'main', s3_bucket_name: 'audit', enable_logging: true, is_multi_region_trail: false })] },
    expect: { [ACCOUNT]: { status: 'NON_COMPLIANT', messageId: 'noneQualifies' } },
  },
] satisfies RuleCase[];
