import { compliant, defineRule, insufficientData } from '../../define.js';
import { allowsBlockedKmsActions, blockedPatterns } from '../../lib/kms-actions.js';
import { statementVerdicts } from '../../lib/policy-statements.js';

const PATTERNS = { blockedActionsPatterns: 'kms:Decrypt,kms:ReEncryptFrom' };
const ROLE = (resource: string) => `Resources:
  Worker:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: decrypt
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: kms:Decrypt
                Resource: ${resource}
`;

/** CloudFormation's inline policy resources, and the principals whose own `Policies` are inline. */
const INLINE_POLICY_TYPES = ['AWS::IAM::Group', 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Policy', 'AWS::IAM::GroupPolicy', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy'];

export default defineRule<{ blockedActionsPatterns?: string[] }>({
  meta: {
    id: 'IAM_INLINE_POLICY_BLOCKED_KMS_ACTIONS',
    title: 'IAM inline policies do not allow blocked KMS actions on all keys',
    description:
      'Checks that no Allow statement of an inline policy (a user\'s, role\'s or group\'s Policies, AWS::IAM::Policy, AWS::IAM::UserPolicy/RolePolicy/GroupPolicy) allows one of the blockedActionsPatterns on every KMS key: Resource "*" or a key ARN that is not a fixed value. Conditions are not evaluated, as the managed rule does not. Decrypting with any key in the account reads every secret those keys protect.',
    severity: 'medium',
    resourceTypes: INLINE_POLICY_TYPES,
    managedRule: 'iam-inline-policy-blocked-kms-actions',
    frameworks: { FSBP: ['KMS.2'], 'NIST-800-53-r5': ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(3)'] },
    parameters: {
      blockedActionsPatterns: {
        type: 'string-list',
        description: 'KMS action patterns no inline policy may allow on all keys. AWS Config requires it; the default is what Security Hub KMS.2 uses. An empty list judges nothing.',
        default: ['kms:Decrypt', 'kms:ReEncryptFrom'],
      },
    },
    messages: {
      notConfigured: '{{type}} {{id}} can not be judged: no blocked actions are configured. Set the blockedActionsPatterns parameter.',
      restricted: 'The inline policies of {{id}} allow no blocked KMS action on all keys.',
      blocked: 'In {{policy}}, {{statement}} allows a blocked KMS action on all KMS keys.',
      unknown: 'Whether {{what}} allows a blocked KMS action on all keys is not known before deployment ({{reason}}).',
    },
    remediation: 'Name the keys (their ARNs) in the Resource of inline statements that allow decryption, or grant decryption in the key policies.',
    examples: {
      noncompliant: [{ params: PATTERNS, cloudformation: ROLE("'*'") }],
      compliant: [{ params: PATTERNS, cloudformation: ROLE('arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab') }],
    },
  },
  check(resource, { params }) {
    const patterns = blockedPatterns(params.blockedActionsPatterns);
    if (patterns.length === 0) return insufficientData('notConfigured', {}, []);
    const verdicts = statementVerdicts(resource, (statement) => allowsBlockedKmsActions(statement, patterns), { fail: 'blocked', unknown: 'unknown' });
    return verdicts.length > 0 ? verdicts : compliant('restricted', {}, []);
  },
});
