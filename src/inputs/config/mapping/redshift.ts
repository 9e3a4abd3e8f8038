import { compact } from '../../terraform/mapping/context.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject, type Value } from '../../../model/value.js';
import { objects, present, type ItemMapping } from './shared.js';

/** Config records a parameter holding JSON text (`wlm_json_configuration`) parsed; CloudFormation's value is the text. */
function parameterValue(value: Value | undefined): Value | undefined {
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) || (isObject(value) && !isUnknown(value)) ? JSON.stringify(value) : value;
}

/** Redshift: Config resource types (the describe output in camelCase) and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::Redshift::Cluster': {
    cloudFormationType: 'AWS::Redshift::Cluster',
    properties(context) {
      const groups = context.recorded('clusterParameterGroups');
      const securityGroups = context.optional('vpcSecurityGroups');
      return compact({
        ClusterIdentifier: context.optional('clusterIdentifier') ?? context.name,
        NodeType: context.optional('nodeType'),
        NumberOfNodes: context.optional('numberOfNodes'),
        DBName: context.optional('dBName', 'dbName'),
        MasterUsername: context.recorded('masterUsername'),
        PubliclyAccessible: context.recorded('publiclyAccessible'),
        Encrypted: context.recorded('encrypted'),
        KmsKeyId: context.optional('kmsKeyId'),
        EnhancedVpcRouting: context.recorded('enhancedVpcRouting'),
        AutomatedSnapshotRetentionPeriod: context.recorded('automatedSnapshotRetentionPeriod'),
        AllowVersionUpgrade: context.recorded('allowVersionUpgrade'),
        PreferredMaintenanceWindow: context.recorded('preferredMaintenanceWindow'),
        // A cluster has one parameter group; Config lists it with its apply status.
        ClusterParameterGroupName: isUnknown(groups) ? groups : (objects(groups)[0]?.parameterGroupName ?? undefined),
        ClusterSubnetGroupName: context.optional('clusterSubnetGroupName'),
        VpcSecurityGroupIds: Array.isArray(securityGroups) ? present(objects(securityGroups).map((group) => group.vpcSecurityGroupId)) : undefined,
      });
    },
  },
  'AWS::Redshift::ClusterParameterGroup': {
    cloudFormationType: 'AWS::Redshift::ClusterParameterGroup',
    properties(context) {
      // Every parameter with its current value (engine defaults included) is a supplementary blob.
      const parameters = context.supplementary('Parameters');
      return compact({
        ParameterGroupName: context.optional('parameterGroupName') ?? context.name,
        ParameterGroupFamily: context.optional('parameterGroupFamily'),
        Description: context.optional('description'),
        Parameters:
          parameters === undefined || isUnknown(parameters)
            ? parameters
            : Array.isArray(parameters)
              ? parameters.filter(isObject).map((parameter) => compact({ ParameterName: parameter.parameterName ?? undefined, ParameterValue: parameterValue(parameter.parameterValue) }))
              : parameters,
      });
    },
  },
};
