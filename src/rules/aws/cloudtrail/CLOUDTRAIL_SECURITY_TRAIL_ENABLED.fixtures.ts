import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { trailYaml } from './items.js';

const ACCOUNT = '(account)';
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const SECURE = `      IsLogging: true\n      IsMultiRegionTrail: true\n      EnableLogFileValidation: true\n      KMSKeyId: ${KEY}\n`;

export default [
  {
    name: 'a secure trail beside a plain one',
    template: `Resources:\n${trailYaml('Plain', '      IsLogging: true\n')}${trailYaml('Secure', SECURE)}`,
    expect: { [ACCOUNT]: { status: 'COMPLIANT', messageId: 'secure', path: ['Trails', 1] } },
  },
  {
    name: 'each practice missing in turn',
    template: `Resources:\n${trailYaml('NoGlobal', `${SECURE}      IncludeGlobalServiceEvents: false\n`)}`,
    expect: { [ACCOUNT]: { status: 'NON_COMPLIANT', messageId: 'noneQualifies', messageIncludes: 'global service events' } },
  },
  {
    name: 'no validation',
    template: `Resources:\n${trailYaml('NoValidation', SECURE.replace('EnableLogFileValidation: true', 'EnableLogFileValidation: false'))}`,
    expect: { [ACCOUNT]: { status: 'NON_COMPLIANT', messageId: 'noneQualifies', messageIncludes: 'validate' } },
  },
  {
    name: 'no key',
    template: `Resources:\n${trailYaml('NoKey', SECURE.replace(`      KMSKeyId: ${KEY}\n`, ''))}`,
    expect: { [ACCOUNT]: { status: 'NON_COMPLIANT', messageId: 'noneQualifies', messageIncludes: 'KMS key' } },
  },
  {
    name: 'management reads only',
    template: `Resources:\n${trailYaml('ReadsOnly', `${SECURE}      EventSelectors:\n        - ReadWriteType: ReadOnly\n`)}`,
    expect: { [ACCOUNT]: { status: 'NON_COMPLIANT', messageId: 'noneQualifies', messageIncludes: 'writes' } },
  },
  {
    name: 'a key from a parameter without a default is still a key; selectors from one are not known',
    template: `Parameters:\n  Selectors:\n    Type: String\nResources:\n${trailYaml('Unknown', `${SECURE}      EventSelectors: !Ref Selectors\n`)}`,
    expect: { [ACCOUNT]: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'hcl: a secure trail',
    hcl: `resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = "audit"\n  is_multi_region_trail      = true\n  enable_log_file_validation = true\n  kms_key_id                 = "${KEY}"\n}\n`,
    expect: { [ACCOUNT]: 'COMPLIANT' },
  },
  {
    name: 'hcl: a trail with the provider defaults',
    hcl: `resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit"\n}\n`,
    expect: { [ACCOUNT]: { status: 'NON_COMPLIANT', messageId: 'noneQualifies' } },
  },
  {
    name: 'plan: a secure trail',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [created('aws_cloudtrail.main', { name: 'main', s3_bucket_name: 'audit', enable_logging: true, is_multi_region_trail: true, include_global_service_events: true, enable_log_file_validation: true, kms_key_id: KEY, event_selector: [], advanced_event_selector: [] })],
    },
    expect: { [ACCOUNT]: 'COMPLIANT' },
  },
  {
    name: 'plan: a trail without a key',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [created('aws_cloudtrail.main', { name: 'main', s3_bucket_name: 'audit', enable_logging: true, is_multi_region_trail: true, include_global_service_events: true, enable_log_file_validation: true, kms_key_id: null })],
    },
    expect: { [ACCOUNT]: { status: 'NON_COMPLIANT', messageId: 'noneQualifies' } },
  },
] satisfies RuleCase[];
