import { buildConfigurationItem as item } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** AWS::RDS::DBInstance as Config records it (RDK example_ci/AWS_RDS_DBInstance.json: `dBInstanceIdentifier`, …). */
const instance = (id: string, fields: Record<string, unknown>) =>
  item('AWS::RDS::DBInstance', { dBInstanceIdentifier: id, dBInstanceClass: 'db.m5.large', engine: 'mysql', dBInstanceStatus: 'available', masterUsername: 'admin', allocatedStorage: 100, multiAZ: true, engineVersion: '8.0.35', publiclyAccessible: false, ...fields }, { resourceId: `db-${id.toUpperCase()}`, resourceName: id, supplementaryConfiguration: { Tags: [] } });

/** AWS::RDS::DBCluster (RDK example_ci/AWS_RDS_DBCluster.json: `dbclusterIdentifier`, `storageEncrypted`, …). */
const cluster = (id: string, fields: Record<string, unknown>) =>
  item('AWS::RDS::DBCluster', { dbclusterIdentifier: id, engine: 'aurora-mysql', engineMode: 'provisioned', status: 'available', multiAZ: false, ...fields }, { resourceId: `cluster-${id.toUpperCase()}`, resourceName: id, supplementaryConfiguration: { Tags: [] } });

export default [
  {
    name: 'config: encrypted and unencrypted instances and clusters',
    items: [
      instance('orders', { storageEncrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' }),
      instance('legacy', { storageEncrypted: false }),
      cluster('analytics', { storageEncrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/test' }),
      cluster('reports', { storageEncrypted: false }),
    ],
    expect: {
      'db-ORDERS': { status: 'COMPLIANT', messageId: 'encrypted' },
      'db-LEGACY': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'cluster-ANALYTICS': { status: 'COMPLIANT', messageId: 'encrypted' },
      'cluster-REPORTS': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
] satisfies RuleCase[];
