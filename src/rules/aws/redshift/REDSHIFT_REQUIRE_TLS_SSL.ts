import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { Resource } from '../../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { isObject } from '../../../model/value.js';

const PARAMETER_GROUP = 'AWS::Redshift::ClusterParameterGroup';

export default defineRule({
  meta: {
    id: 'REDSHIFT_REQUIRE_TLS_SSL',
    title: 'Redshift clusters require TLS for SQL connections',
    description:
      'Checks that an Amazon Redshift cluster uses a parameter group that sets require_ssl to true, so SQL clients can only connect over TLS. The default parameter group does not require it, and a parameter group that is not among the inputs can not be judged.',
    severity: 'medium',
    resourceTypes: ['AWS::Redshift::Cluster'],
    managedRule: 'redshift-require-tls-ssl',
    frameworks: {
      FSBP: ['Redshift.2'],
      'NIST-800-53-r5': ['AC-4', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)'],
    },
    related: [{ type: PARAMETER_GROUP, relation: 'references', property: 'ClusterParameterGroupName' }],
    messages: {
      sslRequired: 'Cluster {{id}} uses parameter group {{group}}, which sets require_ssl to true.',
      sslNotRequired: 'Cluster {{id}} uses parameter group {{group}}, which does not set require_ssl to true ({{value}}).',
      defaultGroup: 'Cluster {{id}} uses {{group}}, where require_ssl is false.',
      externalGroup: 'Cluster {{id}} uses parameter group {{group}}, which is not among the inputs, so whether it requires TLS is not known.',
      unknownSsl: 'Whether cluster {{id}} requires TLS is not known before deployment ({{reason}}).',
    },
    remediation: 'Give the cluster an `AWS::Redshift::ClusterParameterGroup` whose `Parameters` set `require_ssl` to `true`, and reboot the cluster to apply it.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Warehouse:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: single-node\n      NodeType: ra3.xlplus\n      DBName: analytics\n      MasterUsername: warehouse_admin\n      ManageMasterPassword: true\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  WarehouseParameters:\n    Type: AWS::Redshift::ClusterParameterGroup\n    Properties:\n      Description: TLS only\n      ParameterGroupFamily: redshift-1.0\n      Parameters:\n        - ParameterName: require_ssl\n          ParameterValue: "true"\n  Warehouse:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: single-node\n      NodeType: ra3.xlplus\n      DBName: analytics\n      MasterUsername: warehouse_admin\n      ManageMasterPassword: true\n      ClusterParameterGroupName: !Ref WarehouseParameters\n',
        },
      ],
    },
  },
  check(cluster, { graph }) {
    const path = ['ClusterParameterGroupName'];
    const name = cluster.properties.ClusterParameterGroupName;
    if (name === undefined || name === null || name === '') return nonCompliant('defaultGroup', { group: 'the default parameter group' }, []);
    const group = graph.target(name) ?? (typeof name === 'string' ? groupNamed(name, graph) : undefined);
    if (group?.type === PARAMETER_GROUP) {
      const label = typeof group.properties.ParameterGroupName === 'string' ? group.properties.ParameterGroupName : group.id;
      const required = requireSsl(group);
      if (isUnknown(required)) return insufficientData('unknownSsl', { reason: required.reason }, path);
      if (required.value === true) return compliant('sslRequired', { group: label }, path);
      return nonCompliant('sslNotRequired', { group: label, value: required.text }, path);
    }
    if (typeof name === 'string' && name.startsWith('default.')) return nonCompliant('defaultGroup', { group: `the default parameter group ${name}` }, path);
    if (isUnknown(name)) return insufficientData('unknownSsl', { reason: `ClusterParameterGroupName is ${name.reason}` }, path);
    if (typeof name === 'string') return insufficientData('externalGroup', { group: name }, path);
    return insufficientData('unknownSsl', { reason: `malformed: ClusterParameterGroupName is ${JSON.stringify(name)}` }, path);
  },
});

/**
 * A parameter group of the inputs named by a literal `ClusterParameterGroupName` (a template or
 * configuration that writes the name instead of referring to the group). Redshift names are
 * case-insensitive; indexed once per graph.
 */
function groupNamed(name: string, graph: ResourceGraph): Resource | undefined {
  const byName = graph.memo('REDSHIFT_REQUIRE_TLS_SSL/parameter-groups-by-name', (all) => {
    const index = new Map<string, Resource[]>();
    for (const group of all.ofType(PARAMETER_GROUP)) {
      const groupName = group.properties.ParameterGroupName;
      if (typeof groupName !== 'string') continue;
      const key = groupName.toLowerCase();
      index.set(key, [...(index.get(key) ?? []), group]);
    }
    return index;
  });
  const found = byName.get(name.toLowerCase()) ?? [];
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The group's `require_ssl`: true only when set to a true value (Redshift reads true/on/1); not set
 * is the engine default, false. A parameter whose name or value is unresolved keeps it unknown.
 */
function requireSsl(group: Resource): { value: boolean; text: string } | Unknown {
  if (group.unresolved) return unknown(group.unresolved);
  const parameters = group.properties.Parameters;
  if (isUnknown(parameters)) return unknown(`the parameters of ${group.id} are ${parameters.reason}`);
  if (parameters === undefined || parameters === null) return { value: false, text: 'not set, the default is false' };
  if (!Array.isArray(parameters)) return unknown(`malformed: ${group.id} Parameters should be a list`);
  let open: Unknown | undefined;
  for (const parameter of parameters) {
    if (isUnknown(parameter)) {
      open ??= parameter;
      continue;
    }
    if (!isObject(parameter)) continue;
    const parameterName = parameter.ParameterName;
    if (isUnknown(parameterName)) {
      open ??= parameterName;
      continue;
    }
    if (typeof parameterName !== 'string' || parameterName.trim().toLowerCase() !== 'require_ssl') continue;
    const value = parameter.ParameterValue;
    if (isUnknown(value)) return unknown(`require_ssl is ${value.reason}`);
    const text = typeof value === 'boolean' || typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
    if (text === undefined) return unknown(`malformed: require_ssl of ${group.id} is ${JSON.stringify(value)}`);
    if (/^(true|on|1)$/i.test(text)) return { value: true, text };
    if (/^(false|off|0)$/i.test(text)) return { value: false, text: `require_ssl is ${text}` };
    return unknown(`malformed: require_ssl of ${group.id} is ${JSON.stringify(value)}`);
  }
  return open ? unknown(`a parameter of ${group.id} is ${open.reason}`) : { value: false, text: 'not set, the default is false' };
}
