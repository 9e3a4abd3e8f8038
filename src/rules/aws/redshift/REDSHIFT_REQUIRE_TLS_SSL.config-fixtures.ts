import type { RuleCase } from '../../tester.js';
import { redshiftClusterItem, redshiftParameterGroupItem } from './items.js';

const inGroup = (name: string) => ({ clusterParameterGroups: [{ parameterGroupName: name, parameterApplyStatus: 'in-sync', clusterParameterStatusList: [] }] });

export default [
  {
    name: 'config: the cluster parameter group item beside the cluster decides; the default group never requires TLS',
    items: [
      redshiftParameterGroupItem('tls-params', 'true'),
      redshiftParameterGroupItem('plain-params', 'false'),
      redshiftParameterGroupItem('unrecorded-params', 'true', { supplementaryConfiguration: {} }),
      redshiftClusterItem('tls', inGroup('tls-params')),
      redshiftClusterItem('plain', inGroup('plain-params')),
      redshiftClusterItem('unrecorded-group', inGroup('unrecorded-params')),
      redshiftClusterItem('default'),
      redshiftClusterItem('elsewhere', inGroup('not-among-the-items')),
      redshiftClusterItem('unrecorded', {}, ['clusterParameterGroups']),
    ],
    expect: {
      tls: 'COMPLIANT',
      plain: { status: 'NON_COMPLIANT', messageId: 'sslNotRequired' },
      'unrecorded-group': { status: 'INSUFFICIENT_DATA', messageId: 'unknownSsl', messageIncludes: 'did not record' },
      default: { status: 'NON_COMPLIANT', messageId: 'defaultGroup', messageIncludes: 'default.redshift-1.0' },
      elsewhere: { status: 'INSUFFICIENT_DATA', messageId: 'externalGroup' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownSsl' },
    },
  },
] satisfies RuleCase[];
