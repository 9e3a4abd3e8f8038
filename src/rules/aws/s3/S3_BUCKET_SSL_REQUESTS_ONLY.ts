import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { existence } from '../../lib/certainty.js';
import { actionsCover, policyStatements, insecureTransportOnly, principalIsPublic, type Statement } from '../../lib/policy.js';
import { bucketPolicies } from '../../lib/s3-bucket-policies.js';
import { allOf } from '../../lib/tristate.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import type { Value } from '../../../model/value.js';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'S3_BUCKET_SSL_REQUESTS_ONLY',
    title: 'S3 buckets deny requests that do not use TLS',
    description:
      'Checks that a bucket policy of an S3 bucket denies every S3 action (s3:* or *) to every principal on the bucket\'s objects when aws:SecureTransport is false. Without it, clients may read and write objects over plain HTTP.',
    severity: 'medium',
    resourceTypes: ['AWS::S3::Bucket'],
    managedRule: 's3-bucket-ssl-requests-only',
    frameworks: {
      FSBP: ['S3.5'],
      'CIS-v1.4.0': ['2.1.2'],
      'CIS-v3.0.0': ['2.1.1'],
      'NIST-800-53-r5': ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'],
      'PCI-DSS-v3.2.1': ['4.1'],
    },
    related: [{ type: 'AWS::S3::BucketPolicy', relation: 'referencedBy', property: 'Bucket' }],
    messages: {
      enforced: 'Bucket policy {{policy}} denies requests to {{id}} that do not use TLS.',
      noPolicy: 'Bucket {{id}} has no bucket policy, so nothing denies requests that do not use TLS.',
      noDeny: 'No bucket policy of {{id}} denies s3:* to everyone on all objects when aws:SecureTransport is false.',
      unknown: 'Whether bucket policy {{policy}} denies requests to {{id}} without TLS is not known before deployment ({{reason}}).',
    },
    remediation:
      'Add to the bucket policy a statement `Effect: Deny`, `Principal: "*"`, `Action: "s3:*"`, `Resource` the bucket ARN and `<bucket ARN>/*`, `Condition: { Bool: { "aws:SecureTransport": "false" } }`.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Bucket\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Sid: DenyInsecureTransport\n            Effect: Deny\n            Principal: "*"\n            Action: s3:*\n            Resource:\n              - !GetAtt Bucket.Arn\n              - !Sub "${Bucket.Arn}/*"\n            Condition:\n              Bool: { "aws:SecureTransport": "false" }\n',
        },
      ],
    },
  },
  check(bucket, { graph }) {
    const policies = bucketPolicies(bucket, graph);
    if (policies.length === 0) return nonCompliant('noPolicy', {}, []);
    let undecided: { policy: string; reason: string } | undefined;
    for (const policy of policies) {
      const statements = policyStatements(policy.properties.PolicyDocument, ['PolicyDocument']);
      if (isUnknown(statements)) {
        undecided ??= { policy: policy.id, reason: statements.reason };
        continue;
      }
      // A policy created only under an undecidable condition does not prove the deny.
      const exists = existence(policy);
      for (const statement of statements) {
        const enforced = allOf([deniesInsecureTransport(statement), exists]);
        if (enforced === true) return compliant('enforced', { policy: policy.id }, []);
        if (isUnknown(enforced)) undecided ??= { policy: policy.id, reason: enforced.reason };
      }
    }
    return undecided ? insufficientData('unknown', undecided, []) : nonCompliant('noDeny', {}, []);
  },
});

/** `Deny` of `s3:*` / `*` to everyone on all objects with exactly `Bool: {aws:SecureTransport: false}`. */
function deniesInsecureTransport(statement: Statement): boolean | Unknown {
  if (statement.actions === undefined || statement.notPrincipal !== undefined || statement.notResources !== undefined) return false;
  const deny = isUnknown(statement.effect) ? statement.effect : statement.effect === 'Deny';
  return allOf([deny, actionsCover(statement.actions, 's3:*'), principalIsPublic(statement.principal), coversAllObjects(statement.resources), insecureTransportOnly(statement.condition)]);
}

/**
 * S3 accepts only the bucket's own ARNs in its policy, so the question is whether the resources
 * reach every object: `*` or `arn:aws:s3:::name/*`; a key prefix (`name/public/*`) leaves other
 * objects open. A value built at deployment (`!Sub '${Bucket.Arn}/*'`, a Terraform interpolation)
 * can only be the bucket's and is taken to cover it.
 */
function coversAllObjects(resources: Value[] | Unknown | undefined): boolean | Unknown {
  if (resources === undefined) return false;
  if (isUnknown(resources)) return resources;
  return resources.some((resource) => isUnknown(resource) || (typeof resource === 'string' && (resource === '*' || /^arn:[^:]+:s3:::[^/]*\/\*$/.test(resource))));
}
