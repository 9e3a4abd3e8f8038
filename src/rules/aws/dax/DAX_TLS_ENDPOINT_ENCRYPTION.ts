import { defineRule } from '../../define.js';
import { judge, oneOf, stringSetting } from '../../lib/settings.js';
import { DAX_CLUSTER } from './examples.js';

export default defineRule({
  meta: {
    id: 'DAX_TLS_ENDPOINT_ENCRYPTION',
    title: 'DAX cluster endpoints use TLS',
    description: 'Checks that an Amazon DynamoDB Accelerator (DAX) cluster encrypts the traffic to its endpoint with TLS (ClusterEndpointEncryptionType TLS; NONE when unset). The endpoint encryption can only be chosen when the cluster is created.',
    severity: 'medium',
    resourceTypes: ['AWS::DAX::Cluster'],
    managedRule: 'dax-tls-endpoint-encryption',
    frameworks: { FSBP: ['DynamoDB.7'], 'NIST-800-53-r5': ['AC-17', 'SC-13', 'SC-23', 'SC-8'] },
    messages: {
      tls: 'DAX cluster {{id}} encrypts its endpoint traffic with TLS.',
      noTls: 'DAX cluster {{id}} does not encrypt its endpoint traffic with TLS (ClusterEndpointEncryptionType is {{actual}}).',
      unknownTls: 'Whether DAX cluster {{id}} encrypts its endpoint traffic with TLS is not known before deployment ({{reason}}).',
    },
    remediation: 'Create the cluster with `ClusterEndpointEncryptionType: TLS` (it can not be changed later) and move the clients to it.',
    examples: {
      noncompliant: [{ cloudformation: DAX_CLUSTER }],
      compliant: [{ cloudformation: `${DAX_CLUSTER}      ClusterEndpointEncryptionType: TLS\n` }],
    },
  },
  check(cluster) {
    const type = stringSetting(cluster, ['ClusterEndpointEncryptionType'], 'NONE') ?? 'NONE';
    const written = cluster.properties.ClusterEndpointEncryptionType;
    return judge(oneOf(type, ['TLS']), { pass: 'tls', fail: 'noTls', unknown: 'unknownTls' }, written === undefined ? [] : ['ClusterEndpointEncryptionType'], { actual: written === undefined ? 'not set (NONE)' : String(type) });
  },
});
