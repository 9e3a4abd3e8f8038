import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A replication instance item as Config records it (already in CloudFormation's names). */
const instance = (id: string, fields: Record<string, unknown>) =>
  buildConfigurationItem('AWS::DMS::ReplicationInstance', { ReplicationInstanceIdentifier: id, ReplicationInstanceClass: 'dms.t3.medium', AllocatedStorage: 50, MultiAZ: false, ...fields }, { resourceId: id, resourceName: id, ARN: `arn:aws:dms:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:rep:${id}` });

export default [
  {
    name: 'config: private, public, and not recorded',
    items: [instance('private', { PubliclyAccessible: false }), instance('public', { PubliclyAccessible: true, ReplicationInstancePublicIpAddresses: ['203.0.113.10'] }), instance('unrecorded', {})],
    expect: {
      private: 'COMPLIANT',
      public: { status: 'NON_COMPLIANT', messageId: 'public' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAccess' },
    },
  },
] satisfies RuleCase[];
