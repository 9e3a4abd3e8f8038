import { defineRule } from '../../define.js';
import { booleanSetting, judge } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';

const INSTANCE = 'Resources:\n  Migration:\n    Type: AWS::DMS::ReplicationInstance\n    Properties:\n      ReplicationInstanceClass: dms.t3.medium\n      AllocatedStorage: 50\n';

export default defineRule({
  meta: {
    id: 'DMS_REPLICATION_NOT_PUBLIC',
    title: 'DMS replication instances are not public',
    description: 'Checks that an AWS Database Migration Service replication instance has no public IP address (PubliclyAccessible false; DMS makes an instance public when it is unset).',
    severity: 'critical',
    resourceTypes: ['AWS::DMS::ReplicationInstance'],
    managedRule: 'dms-replication-not-public',
    frameworks: {
      FSBP: ['DMS.1'],
      'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
      'PCI-DSS-v3.2.1': ['1.2.1', '1.3.1', '1.3.2', '1.3.4', '1.3.6'],
    },
    messages: {
      private: 'Replication instance {{id}} is not publicly accessible.',
      public: 'Replication instance {{id}} is publicly accessible ({{why}}).',
      unknownAccess: 'Whether replication instance {{id}} is publicly accessible is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `PubliclyAccessible: false` on the replication instance (it can only be chosen at creation: create a private instance and move the tasks to it).',
    examples: {
      noncompliant: [{ cloudformation: INSTANCE }],
      compliant: [{ cloudformation: `${INSTANCE}      PubliclyAccessible: false\n` }],
    },
  },
  check(instance) {
    const written = instance.properties.PubliclyAccessible;
    const publicAccess = booleanSetting(instance, ['PubliclyAccessible'], true) ?? true;
    const isPrivate = isUnknown(publicAccess) ? publicAccess : !publicAccess;
    return judge(isPrivate, { pass: 'private', fail: 'public', unknown: 'unknownAccess' }, written === undefined ? [] : ['PubliclyAccessible'], { why: written === undefined ? 'PubliclyAccessible is not set, and DMS defaults it to true' : 'PubliclyAccessible is true' });
  },
});
