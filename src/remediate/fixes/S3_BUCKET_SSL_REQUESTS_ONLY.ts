import type { ValueObject } from '../../model/value.js';
import { ref, type TemplateFix } from '../autofix/edits.js';
import { unhandledVerdict } from './shared.js';

/**
 * A new `AWS::S3::BucketPolicy` that denies every request without TLS, for a bucket that has no
 * policy. A bucket whose policy lacks the statement is left to the user: merging into a written
 * policy is their call. A bucket declared under a `Condition` gets its policy under the same one.
 */
export const fix: TemplateFix = {
  ruleId: 'S3_BUCKET_SSL_REQUESTS_ONLY',
  fix(bucket, verdicts, { graph, declaration }) {
    const unhandled = unhandledVerdict(verdicts, ['noPolicy'], 'the bucket has a policy to add the statement to');
    if (unhandled) return unhandled;
    const written = declaration(bucket.id);
    if (!written) return { notFixable: `the declaration of ${bucket.id} was not found` };
    let id = `${bucket.id}Policy`;
    for (let suffix = 2; graph.get(id) !== undefined || declaration(id) !== undefined; suffix++) id = `${bucket.id}Policy${suffix}`;
    const arn: ValueObject = { 'Fn::GetAtt': [bucket.id, 'Arn'] };
    const policy: ValueObject = { Type: 'AWS::S3::BucketPolicy' };
    if (typeof written.Condition === 'string') policy.Condition = written.Condition;
    policy.Properties = {
      Bucket: ref(bucket.id),
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'DenyInsecureTransport',
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: [arn, { 'Fn::Sub': `\${${bucket.id}.Arn}/*` }],
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        ],
      },
    };
    return { description: `add bucket policy ${id} denying requests without TLS`, edits: [{ kind: 'addResource', id, declaration: policy }] };
  },
};
