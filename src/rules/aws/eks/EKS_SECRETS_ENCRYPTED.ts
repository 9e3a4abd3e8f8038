import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { isObject, type Value } from '../../../model/value.js';
import { kmsKeyMatches } from '../../lib/kms.js';

interface Params {
  kmsKeyArns?: string[];
}

/** Whether an encryption configuration entry covers Kubernetes secrets. */
function coversSecrets(resources: Value | undefined): boolean | Unknown {
  if (isUnknown(resources)) return resources;
  if (!Array.isArray(resources)) return false;
  let undecided: Unknown | undefined;
  for (const resource of resources) {
    if (resource === 'secrets') return true;
    if (isUnknown(resource)) undecided ??= resource;
  }
  return undecided ?? false;
}

export default defineRule<Params>({
  meta: {
    id: 'EKS_SECRETS_ENCRYPTED',
    title: 'EKS clusters encrypt Kubernetes secrets with a KMS key',
    description:
      'Checks that an Amazon EKS cluster has an `EncryptionConfig` entry whose `Resources` include `secrets`, so Kubernetes secrets are envelope-encrypted with a KMS key the account controls (and, when `kmsKeyArns` is given, one of those keys). Without it, secrets in etcd are protected only by the encryption EKS applies by default, which the account cannot audit or revoke.',
    severity: 'medium',
    resourceTypes: ['AWS::EKS::Cluster'],
    managedRule: 'eks-secrets-encrypted',
    frameworks: { FSBP: ['EKS.3'] },
    parameters: {
      kmsKeyArns: { type: 'string-list', description: 'ARNs of the KMS keys allowed to encrypt the secrets (any key when absent).' },
    },
    messages: {
      encrypted: 'EKS cluster {{id}} encrypts Kubernetes secrets with KMS key {{key}}.',
      notEncrypted: 'EKS cluster {{id}} does not encrypt Kubernetes secrets with a KMS key (no EncryptionConfig entry covers secrets).',
      otherKey: 'EKS cluster {{id}} encrypts Kubernetes secrets with {{key}}, which is not one of kmsKeyArns.',
      unknown: 'Whether EKS cluster {{id}} encrypts Kubernetes secrets with an allowed KMS key is not known before deployment ({{reason}}).',
    },
    remediation: 'Add `EncryptionConfig: [{ Resources: [secrets], Provider: { KeyArn: <KMS key ARN> } }]` to the cluster (in Terraform an `encryption_config` block); on an existing cluster, `aws eks associate-encryption-config` turns it on without replacing the cluster.',
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
            'Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      RoleArn: arn:aws:iam::111122223333:role/eks-cluster\n      ResourcesVpcConfig:\n        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]\n      EncryptionConfig:\n        - Resources: [secrets]\n          Provider:\n            KeyArn: arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\n',
        },
      ],
    },
  },
  check(cluster, { params }) {
    const config = cluster.properties.EncryptionConfig;
    if (isUnknown(config)) return insufficientData('unknown', { reason: config.reason }, ['EncryptionConfig']);
    if (config !== undefined && config !== null && !Array.isArray(config)) return insufficientData('unknown', { reason: `malformed: EncryptionConfig of ${cluster.id} is not a list` }, ['EncryptionConfig']);
    let undecided: { reason: string; path: (string | number)[] } | undefined;
    let other: { key: string; path: (string | number)[] } | undefined;
    for (const [index, entry] of (config ?? []).entries()) {
      const path = ['EncryptionConfig', index];
      if (isUnknown(entry)) {
        undecided ??= { reason: entry.reason, path };
        continue;
      }
      if (!isObject(entry)) continue;
      const secrets = coversSecrets(entry.Resources);
      if (secrets === false) continue;
      const provider = entry.Provider;
      const key = isUnknown(provider) ? provider : isObject(provider) ? provider.KeyArn : undefined;
      // The entry asks for secrets encryption but names no key, which EKS cannot apply: the template is incomplete, not the cluster unencrypted.
      if ((key === undefined || key === null) && secrets === true) {
        undecided ??= { reason: `malformed: the EncryptionConfig entry of ${cluster.id} that covers secrets names no Provider KeyArn, the KMS key EKS needs to encrypt them`, path };
        continue;
      }
      const allowed =
        key !== undefined && key !== null && typeof key !== 'string' && !isUnknown(key)
          ? unknown(`malformed: the KeyArn of ${cluster.id} should be text, not ${JSON.stringify(key)}`)
          : params.kmsKeyArns && params.kmsKeyArns.length > 0
            ? kmsKeyMatches(key, params.kmsKeyArns)
            : key !== undefined && key !== null;
      if (isUnknown(secrets)) undecided ??= { reason: secrets.reason, path: [...path, 'Resources'] };
      else if (allowed === true) return compliant('encrypted', { key: isUnknown(key) ? `(${key.reason})` : String(key) }, [...path, 'Provider', 'KeyArn']);
      else if (isUnknown(allowed)) undecided ??= { reason: allowed.reason, path: [...path, 'Provider', 'KeyArn'] };
      else if (typeof key === 'string') other ??= { key, path: [...path, 'Provider', 'KeyArn'] };
    }
    if (undecided) return insufficientData('unknown', { reason: undecided.reason }, undecided.path);
    if (other) return nonCompliant('otherKey', { key: other.key }, other.path);
    return nonCompliant('notEncrypted', {}, config === undefined || config === null ? [] : ['EncryptionConfig']);
  },
});
