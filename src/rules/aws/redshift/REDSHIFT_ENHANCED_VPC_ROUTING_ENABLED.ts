import { defineRule } from '../../define.js';
import { booleanSetting, judge } from '../../lib/settings.js';

export default defineRule({
  meta: {
    id: 'REDSHIFT_ENHANCED_VPC_ROUTING_ENABLED',
    title: 'Redshift clusters use enhanced VPC routing',
    description:
      'Checks that an Amazon Redshift cluster uses enhanced VPC routing (EnhancedVpcRouting; off when unset), so COPY and UNLOAD traffic to data repositories goes through the VPC, where security groups, endpoint policies and flow logs apply.',
    severity: 'high',
    resourceTypes: ['AWS::Redshift::Cluster'],
    managedRule: 'redshift-enhanced-vpc-routing-enabled',
    frameworks: {
      FSBP: ['Redshift.7'],
      'NIST-800-53-r5': ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(11)', 'SC-7(20)', 'SC-7(21)', 'SC-7(4)', 'SC-7(9)'],
      'PCI-DSS-v3.2.1': ['1.2', '1.3', '1.3.1', '1.3.2'],
    },
    messages: {
      enabled: 'Cluster {{id}} uses enhanced VPC routing.',
      disabled: 'Cluster {{id}} does not use enhanced VPC routing (EnhancedVpcRouting is not true).',
      unknownRouting: 'Whether cluster {{id}} uses enhanced VPC routing is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `EnhancedVpcRouting: true` on the cluster (with a VPC endpoint or NAT route to the data repositories it reads).',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Warehouse:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: single-node\n      NodeType: ra3.xlplus\n      DBName: analytics\n      MasterUsername: warehouse_admin\n      ManageMasterPassword: true\n' }],
      compliant: [{ cloudformation: 'Resources:\n  Warehouse:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: single-node\n      NodeType: ra3.xlplus\n      DBName: analytics\n      MasterUsername: warehouse_admin\n      ManageMasterPassword: true\n      EnhancedVpcRouting: true\n' }],
    },
  },
  check(cluster) {
    const enabled = booleanSetting(cluster, ['EnhancedVpcRouting'], false) ?? false;
    return judge(enabled, { pass: 'enabled', fail: 'disabled', unknown: 'unknownRouting' }, cluster.properties.EnhancedVpcRouting === undefined ? [] : ['EnhancedVpcRouting']);
  },
});
