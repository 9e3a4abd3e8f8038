import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const PATTERNS = { blockedActionsPatterns: 'kms:Decrypt,kms:ReEncryptFrom' };
const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

export default [
  {
    name: 'blocked actions on "*", on a key wildcard, through kms:* and NotAction; named keys, other actions and a Deny pass',
    params: PATTERNS,
    template: `
Resources:
  Star:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Sid: Decrypt, Effect: Allow, Action: 'kms:Decrypt', Resource: '*' }] }
  KeyWildcard:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'kms:ReEncrypt*', Resource: 'arn:aws:kms:*:111122223333:key/*' }] }
  Service:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'KMS:*', Resource: '*' }] }
  AllBut:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, NotAction: 'iam:*', Resource: '*' }] }
  Named:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: ['kms:Decrypt', 'kms:ReEncryptFrom'], Resource: '${KEY}' }] }
  OtherActions:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: ['kms:Encrypt', 'kms:GenerateDataKey*'], Resource: '*' }] }
  Denied:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Deny, Action: 'kms:Decrypt', Resource: '*' }] }
  Buckets:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: '*', Resource: 'arn:aws:s3:::reports/*' }] }
`,
    expect: {
      Star: { status: 'NON_COMPLIANT', messageId: 'blocked', path: ['PolicyDocument', 'Statement', 0], messageIncludes: 'statement "Decrypt"' },
      KeyWildcard: { status: 'NON_COMPLIANT', messageId: 'blocked' },
      Service: { status: 'NON_COMPLIANT', messageId: 'blocked' },
      AllBut: { status: 'NON_COMPLIANT', messageId: 'blocked' },
      Named: 'COMPLIANT',
      OtherActions: 'COMPLIANT',
      Denied: 'COMPLIANT',
      Buckets: 'COMPLIANT',
    },
  },
  {
    name: 'a resource from a parameter without default is not known',
    params: PATTERNS,
    template: `
Parameters:
  KeyArn: { Type: String }
Resources:
  FromParameter:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'kms:Decrypt', Resource: !Ref KeyArn }] }
  Inline:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: inline
      Roles: [some-role]
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'kms:Decrypt', Resource: '*' }] }
`,
    expect: { FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['PolicyDocument', 'Statement', 0] } },
  },
  {
    name: 'an empty blockedActionsPatterns judges no policy',
    params: { blockedActionsPatterns: '' },
    template: `
Resources:
  Star:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'kms:Decrypt', Resource: '*' }] }
`,
    expect: { Star: { status: 'INSUFFICIENT_DATA', messageId: 'notConfigured' } },
  },
  {
    name: 'hcl: decryption on every key and on one key',
    params: PATTERNS,
    hcl: `
resource "aws_iam_policy" "any_key" {
  name   = "any-key"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["kms:Decrypt"], Resource = "*" }] })
}

resource "aws_kms_key" "app" {
  description = "app"
}

resource "aws_iam_policy" "one_key" {
  name   = "one-key"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["kms:Decrypt"], Resource = aws_kms_key.app.arn }] })
}
`,
    expect: {
      'aws_iam_policy.any_key': { status: 'NON_COMPLIANT', messageId: 'blocked' },
      'aws_iam_policy.one_key': 'COMPLIANT',
    },
  },
  {
    name: 'plan: decryption on every key, on a named key, and a document known only after apply',
    params: PATTERNS,
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_iam_policy.any_key', { name: 'any-key', path: '/', policy: '{"Statement":[{"Action":"kms:Decrypt","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}' }, { arn: true, id: true }),
        created('aws_iam_policy.one_key', { name: 'one-key', path: '/', policy: `{"Statement":[{"Action":"kms:Decrypt","Effect":"Allow","Resource":"${KEY}"}],"Version":"2012-10-17"}` }, { arn: true, id: true }),
        created('aws_iam_policy.later', { name: 'later', path: '/' }, { arn: true, id: true, policy: true }),
      ],
    },
    expect: {
      'aws_iam_policy.any_key': { status: 'NON_COMPLIANT', messageId: 'blocked' },
      'aws_iam_policy.one_key': 'COMPLIANT',
      'aws_iam_policy.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
