import { ACCOUNT_TYPE } from '../../../../model/account.js';
import { isUnknown } from '../../../../model/unknown.js';
import type { Value, ValueObject } from '../../../../model/value.js';
import { compact } from '../context.js';
import { eachBlock, firstBlock, type ServiceMappings } from './shared.js';

/**
 * The account's own settings and the resources that switch account-wide services on. A setting
 * with no CloudFormation type becomes an `AWS::::Account` fragment carrying it, merged into the
 * one account resource (see `model/account.ts`); attributes left out take the provider's defaults.
 */
export const mappings: ServiceMappings = {
  resources: {
    aws_iam_account_password_policy: {
      cloudFormationType: ACCOUNT_TYPE,
      properties: (context) => ({
        PasswordPolicy: compact({
          // The provider's (and IAM's) defaults: no character class required, six characters, users may change theirs.
          MinimumPasswordLength: context.get('minimum_password_length') ?? 6,
          RequireSymbols: context.get('require_symbols') ?? false,
          RequireNumbers: context.get('require_numbers') ?? false,
          RequireUppercaseCharacters: context.get('require_uppercase_characters') ?? false,
          RequireLowercaseCharacters: context.get('require_lowercase_characters') ?? false,
          AllowUsersToChangePassword: context.get('allow_users_to_change_password') ?? true,
          MaxPasswordAge: positive(context.get('max_password_age')),
          PasswordReusePrevention: positive(context.get('password_reuse_prevention')),
          HardExpiry: context.get('hard_expiry'),
        }),
      }),
    },
    aws_ebs_encryption_by_default: {
      cloudFormationType: ACCOUNT_TYPE,
      properties: (context) => ({ EbsEncryptionByDefault: context.get('enabled') ?? true }),
    },
    aws_s3_account_public_access_block: {
      cloudFormationType: ACCOUNT_TYPE,
      properties: (context) => ({
        PublicAccessBlock: {
          BlockPublicAcls: context.get('block_public_acls') ?? false,
          BlockPublicPolicy: context.get('block_public_policy') ?? false,
          IgnorePublicAcls: context.get('ignore_public_acls') ?? false,
          RestrictPublicBuckets: context.get('restrict_public_buckets') ?? false,
        },
      }),
    },
    aws_guardduty_detector: {
      cloudFormationType: 'AWS::GuardDuty::Detector',
      properties: (context) =>
        compact({
          Enable: context.get('enable') ?? true,
          FindingPublishingFrequency: context.get('finding_publishing_frequency'),
          DataSources: dataSources(context.block('datasources')),
        }),
    },
    aws_securityhub_account: {
      cloudFormationType: 'AWS::SecurityHub::Hub',
      properties: (context) =>
        compact({
          EnableDefaultStandards: context.get('enable_default_standards'),
          ControlFindingGenerator: context.get('control_finding_generator'),
          AutoEnableControls: context.get('auto_enable_controls'),
        }),
    },
    aws_accessanalyzer_analyzer: {
      cloudFormationType: 'AWS::AccessAnalyzer::Analyzer',
      properties: (context) => compact({ AnalyzerName: context.get('analyzer_name'), Type: context.get('type') ?? 'ACCOUNT' }),
    },
  },
  merges: {
    aws_guardduty_detector_feature: {
      ownerTypes: ['aws_guardduty_detector'],
      owner: 'detector_id',
      ownerKey: 'id',
      merge(owner, context) {
        const feature = compact({
          Name: context.get('name'),
          Status: context.get('status'),
          AdditionalConfiguration: eachBlock(context, 'additional_configuration', (block) => compact({ Name: block.name ?? undefined, Status: block.status ?? undefined })),
        });
        const features = owner.Features;
        if (isUnknown(features)) return;
        owner.Features = [...(Array.isArray(features) ? features : []), feature];
      },
    },
  },
};

/** `0` is "not set" for the password policy's ages and counts. */
function positive(value: Value | undefined): Value | undefined {
  return value === 0 ? undefined : value;
}

/** The detector's legacy data sources, as CloudFormation's `DataSources`. */
function dataSources(block: ValueObject | undefined): Value | undefined {
  if (!block) return undefined;
  const s3 = firstBlock(block.s3_logs)?.enable ?? undefined;
  const audit = firstBlock(firstBlock(block.kubernetes)?.audit_logs)?.enable ?? undefined;
  if (s3 === undefined && audit === undefined) return undefined;
  return compact({
    S3Logs: s3 === undefined ? undefined : { Enable: s3 },
    Kubernetes: audit === undefined ? undefined : { AuditLogs: { Enable: audit } },
  });
}
