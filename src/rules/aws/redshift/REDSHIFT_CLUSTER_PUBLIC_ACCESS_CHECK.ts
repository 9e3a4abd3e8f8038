import { defineRule } from '../../define.js';
import { booleanSetting, judge } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';

export default defineRule({
  meta: {
    id: 'REDSHIFT_CLUSTER_PUBLIC_ACCESS_CHECK',
    title: 'Redshift clusters are not publicly accessible',
    description:
      'Checks that an Amazon Redshift cluster is not publicly accessible (PubliclyAccessible; false when unset, the Redshift default). A public cluster gets a public IP address and can be reached from the internet, guarded only by its security groups and database credentials.',
    severity: 'critical',
    resourceTypes: ['AWS::Redshift::Cluster'],
    managedRule: 'redshift-cluster-public-access-check',
    frameworks: {
      FSBP: ['Redshift.1'],
      'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
      'PCI-DSS-v3.2.1': ['1.2.1', '1.3.1', '1.3.2', '1.3.4', '1.3.6'],
    },
    messages: {
      private: 'Cluster {{id}} is not publicly accessible.',
      public: 'Cluster {{id}} is publicly accessible (PubliclyAccessible is true).',
      unknownPublic: 'Whether cluster {{id}} is publicly accessible is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `PubliclyAccessible: false` (or leave it unset) and reach the cluster from inside its VPC.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Warehouse:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: single-node\n      NodeType: ra3.xlplus\n      DBName: analytics\n      MasterUsername: warehouse_admin\n      ManageMasterPassword: true\n      PubliclyAccessible: true\n' }],
      compliant: [{ cloudformation: 'Resources:\n  Warehouse:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: single-node\n      NodeType: ra3.xlplus\n      DBName: analytics\n      MasterUsername: warehouse_admin\n      ManageMasterPassword: true\n      PubliclyAccessible: false\n' }],
    },
  },
  check(cluster) {
    const publiclyAccessible = booleanSetting(cluster, ['PubliclyAccessible'], false) ?? false;
    const path = cluster.properties.PubliclyAccessible === undefined ? [] : ['PubliclyAccessible'];
    return judge(isUnknown(publiclyAccessible) ? publiclyAccessible : !publiclyAccessible, { pass: 'private', fail: 'public', unknown: 'unknownPublic' }, path);
  },
});
