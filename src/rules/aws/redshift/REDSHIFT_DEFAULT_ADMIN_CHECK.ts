import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { stringSetting } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';

/** The admin user name the Redshift console suggests, which attackers try first. */
const DEFAULT_ADMIN = 'awsuser';

export default defineRule<{ validAdminUserNames?: string[] }>({
  meta: {
    id: 'REDSHIFT_DEFAULT_ADMIN_CHECK',
    title: 'Redshift clusters do not use the default admin user name',
    description:
      'Checks that the admin user of an Amazon Redshift cluster (MasterUsername) is not the default awsuser and, when validAdminUserNames is given, is one of those names (awsuser is never accepted). A well-known admin name leaves only the password to guess.',
    severity: 'medium',
    resourceTypes: ['AWS::Redshift::Cluster'],
    managedRule: 'redshift-default-admin-check',
    frameworks: {
      FSBP: ['Redshift.8'],
      'NIST-800-53-r5': ['CA-9(1)', 'CM-2'],
    },
    parameters: {
      validAdminUserNames: { type: 'string-list', description: 'Admin user names clusters may use (any name but awsuser when absent).' },
    },
    messages: {
      customAdmin: 'Cluster {{id}} uses the admin user name {{user}}.',
      defaultAdmin: 'Cluster {{id}} uses the default admin user name awsuser.',
      adminNotAllowed: 'Cluster {{id}} uses the admin user name {{user}}, which is not one of {{allowed}}.',
      unknownAdmin: 'The admin user name of cluster {{id}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Create the cluster with a `MasterUsername` other than awsuser (the admin user name can not be changed later; create a new cluster and move the data).',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Warehouse:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: single-node\n      NodeType: ra3.xlplus\n      DBName: analytics\n      MasterUsername: awsuser\n      ManageMasterPassword: true\n' }],
      compliant: [{ cloudformation: 'Resources:\n  Warehouse:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: single-node\n      NodeType: ra3.xlplus\n      DBName: analytics\n      MasterUsername: warehouse_admin\n      ManageMasterPassword: true\n' }],
    },
  },
  check(cluster, { params }) {
    const path = ['MasterUsername'];
    const user = stringSetting(cluster, path);
    if (isUnknown(user)) return insufficientData('unknownAdmin', { reason: user.reason }, path);
    // Restored from a snapshot, the cluster keeps the snapshot's admin user.
    if (user === undefined || user === '') return insufficientData('unknownAdmin', { reason: 'MasterUsername is not set (a cluster restored from a snapshot keeps its admin user)' }, []);
    // Redshift folds user names to lower case.
    const name = user.trim().toLowerCase();
    if (name === DEFAULT_ADMIN) return nonCompliant('defaultAdmin', {}, path);
    const allowed = params.validAdminUserNames ?? [];
    if (allowed.length > 0 && !allowed.some((candidate) => candidate.trim().toLowerCase() === name)) return nonCompliant('adminNotAllowed', { user, allowed: allowed.join(', ') }, path);
    return compliant('customAdmin', { user }, path);
  },
});
