import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject, toBoolean } from '../../../model/value.js';

export default defineRule({
  meta: {
    id: 'EKS_ENDPOINT_NO_PUBLIC_ACCESS',
    title: 'EKS cluster API endpoints are not publicly accessible',
    description:
      'Checks that the Kubernetes API server endpoint of an Amazon EKS cluster is not reachable from the internet. CloudFormation turns the public endpoint on unless `EndpointPublicAccess` is set to false.',
    severity: 'high',
    resourceTypes: ['AWS::EKS::Cluster'],
    managedRule: 'eks-endpoint-no-public-access',
    frameworks: { FSBP: ['EKS.1'] },
    messages: {
      private: 'The API endpoint of cluster {{id}} is private.',
      publicByDefault: 'The API endpoint of cluster {{id}} is public: EndpointPublicAccess is not set and defaults to true.',
      public: 'The API endpoint of cluster {{id}} is public (EndpointPublicAccess is {{actual}}).',
      unknownAccess: 'Whether the API endpoint of cluster {{id}} is public is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `ResourcesVpcConfig.EndpointPublicAccess: false` and `EndpointPrivateAccess: true`, and reach the API from inside the VPC.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      RoleArn: arn:aws:iam::111122223333:role/eks-cluster\n      ResourcesVpcConfig:\n        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      RoleArn: arn:aws:iam::111122223333:role/eks-cluster\n      ResourcesVpcConfig:\n        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]\n        EndpointPrivateAccess: true\n        EndpointPublicAccess: false\n',
        },
      ],
    },
  },
  check(cluster) {
    const config = cluster.properties.ResourcesVpcConfig;
    if (isUnknown(config)) return insufficientData('unknownAccess', { reason: config.reason }, ['ResourcesVpcConfig']);
    const path = ['ResourcesVpcConfig', 'EndpointPublicAccess'];
    const written = isObject(config) ? config.EndpointPublicAccess : undefined;
    const publicAccess = toBoolean(written);
    if (isUnknown(publicAccess)) return insufficientData('unknownAccess', { reason: publicAccess.reason }, path);
    if (publicAccess === false) return compliant('private', {}, path);
    if (written === undefined) return nonCompliant('publicByDefault', {}, isObject(config) ? ['ResourcesVpcConfig'] : []);
    return nonCompliant('public', { actual: String(written) }, path);
  },
});
