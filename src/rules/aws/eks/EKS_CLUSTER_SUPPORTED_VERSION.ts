import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';

interface Params {
  oldestVersionSupported: string;
}

const VERSION = /^(\d+)\.(\d+)$/;

/** `1.32` → [1, 32]; anything else is not a Kubernetes minor version. */
function parseVersion(text: string): [number, number] | undefined {
  const match = VERSION.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

export default defineRule<Params>({
  meta: {
    id: 'EKS_CLUSTER_SUPPORTED_VERSION',
    title: 'EKS clusters run a supported Kubernetes version',
    description:
      'Checks that an Amazon EKS cluster runs Kubernetes `oldestVersionSupported` or later. Versions past the end of support get no security patches. A cluster that does not set `Version` gets the latest version EKS offers and passes; a version written as a YAML number (`1.30` reads as 1.3) is ambiguous and is not judged.',
    severity: 'high',
    resourceTypes: ['AWS::EKS::Cluster'],
    managedRule: 'eks-cluster-supported-version',
    frameworks: { FSBP: ['EKS.2'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-2', 'SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'] },
    parameters: {
      oldestVersionSupported: {
        type: 'string',
        description: 'The oldest Kubernetes version accepted, as major.minor. AWS Config requires it; the default is the oldest version EKS still supported (extended support included) in December 2026 — raise it as versions reach their end of support.',
        default: '1.32',
      },
    },
    messages: {
      supported: 'EKS cluster {{id}} runs Kubernetes {{version}} ({{oldest}} or later).',
      latest: 'EKS cluster {{id}} does not set Version and gets the latest Kubernetes version EKS offers.',
      unsupported: 'EKS cluster {{id}} runs Kubernetes {{version}}, older than {{oldest}}.',
      unknown: 'The Kubernetes version of EKS cluster {{id}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Upgrade the cluster one minor version at a time (`Version`, in Terraform `version`) until it reaches a version in standard support, upgrading node groups and add-ons along the way.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            "Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Version: '1.27'\n      RoleArn: arn:aws:iam::111122223333:role/eks-cluster\n      ResourcesVpcConfig:\n        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]\n",
        },
      ],
      compliant: [
        {
          cloudformation:
            "Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Version: '1.34'\n      RoleArn: arn:aws:iam::111122223333:role/eks-cluster\n      ResourcesVpcConfig:\n        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]\n",
        },
      ],
    },
  },
  check(cluster, { params }) {
    const oldest = parseVersion(params.oldestVersionSupported);
    if (!oldest) return insufficientData('unknown', { reason: `oldestVersionSupported "${params.oldestVersionSupported}" is not a version like 1.32` }, []);
    const version = cluster.properties.Version;
    const path = ['Version'];
    if (version === undefined || version === null) return compliant('latest', {}, []);
    if (isUnknown(version)) return insufficientData('unknown', { reason: version.reason }, path);
    const parsed = typeof version === 'string' ? parseVersion(version) : undefined;
    if (!parsed) return insufficientData('unknown', { reason: `malformed: Version ${JSON.stringify(version)} is not a version like "1.32" (quote it in YAML)` }, path);
    const data = { version: version as string, oldest: params.oldestVersionSupported };
    const older = parsed[0] < oldest[0] || (parsed[0] === oldest[0] && parsed[1] < oldest[1]);
    return older ? nonCompliant('unsupported', data, path) : compliant('supported', data, path);
  },
});
