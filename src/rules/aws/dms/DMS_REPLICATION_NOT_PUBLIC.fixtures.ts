import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const INSTANCE = `
    Type: AWS::DMS::ReplicationInstance
    Properties:
      ReplicationInstanceClass: dms.t3.medium`;

export default [
  {
    name: 'private, public, unset (public by default), from a parameter, and malformed',
    template: `
Parameters:
  Public: { Type: String }
Resources:
  Private:${INSTANCE}
      PubliclyAccessible: false
  Public:${INSTANCE}
      PubliclyAccessible: true
  Defaulted:${INSTANCE}
  FromParameter:${INSTANCE}
      PubliclyAccessible: !Ref Public
  Malformed:${INSTANCE}
      PubliclyAccessible: nope
`,
    expect: {
      Private: { status: 'COMPLIANT', path: ['PubliclyAccessible'] },
      Public: { status: 'NON_COMPLIANT', messageId: 'public', path: ['PubliclyAccessible'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'public', path: [], messageIncludes: 'defaults it to true' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAccess' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAccess', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: publicly_accessible false and unset',
    hcl: `
resource "aws_dms_replication_instance" "private" {
  replication_instance_id    = "private"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = false
}

resource "aws_dms_replication_instance" "defaulted" {
  replication_instance_id    = "defaulted"
  replication_instance_class = "dms.t3.medium"
}
`,
    expect: {
      'aws_dms_replication_instance.private': 'COMPLIANT',
      'aws_dms_replication_instance.defaulted': { status: 'NON_COMPLIANT', messageId: 'public' },
    },
  },
  {
    name: 'plan: false, true, a computed value that is not configured (the DMS default, public), and one from a variable',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_dms_replication_instance.private', { replication_instance_id: 'private', publicly_accessible: false }, { replication_instance_arn: true }),
        created('aws_dms_replication_instance.public', { replication_instance_id: 'public', publicly_accessible: true }, { replication_instance_arn: true }),
        created('aws_dms_replication_instance.computed', { replication_instance_id: 'computed' }, { replication_instance_arn: true, publicly_accessible: true }),
        created('aws_dms_replication_instance.later', { replication_instance_id: 'later' }, { replication_instance_arn: true, publicly_accessible: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_dms_replication_instance.computed', mode: 'managed', type: 'aws_dms_replication_instance', name: 'computed', provider_config_key: 'aws', expressions: { replication_instance_id: { constant_value: 'computed' } } },
            { address: 'aws_dms_replication_instance.later', mode: 'managed', type: 'aws_dms_replication_instance', name: 'later', provider_config_key: 'aws', expressions: { replication_instance_id: { constant_value: 'later' }, publicly_accessible: { references: ['var.public'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_dms_replication_instance.private': 'COMPLIANT',
      'aws_dms_replication_instance.public': { status: 'NON_COMPLIANT', messageId: 'public' },
      'aws_dms_replication_instance.computed': { status: 'NON_COMPLIANT', messageId: 'public' },
      'aws_dms_replication_instance.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownAccess' },
    },
  },
] satisfies RuleCase[];
