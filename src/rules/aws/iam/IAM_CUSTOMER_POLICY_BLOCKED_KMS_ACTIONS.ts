import { compliant, defineRule, insufficientData } from '../../define.js';
import { allowsBlockedKmsActions, blockedPatterns } from '../../lib/kms-actions.js';
import { BOUNDARY_MESSAGES, statementVerdicts, unlessExcludedBoundary } from '../../lib/policy-statements.js';

const PATTERNS = { blockedActionsPatterns: 'kms:Decrypt,kms:ReEncryptFrom' };
const POLICY = (resource: string) => `Resources:
  KeyUsers:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: ['kms:Decrypt', 'kms:GenerateDataKey']
            Resource: ${resource}
`;

export default defineRule<{ blockedActionsPatterns?: string[]; excludePermissionBoundaryPolicy?: boolean }>({
  meta: {
    id: 'IAM_CUSTOMER_POLICY_BLOCKED_KMS_ACTIONS',
    title: 'IAM customer managed policies do not allow blocked KMS actions on all keys',
    description:
      'Checks that no Allow statement of a customer managed policy allows one of the blockedActionsPatterns (e.g. kms:Decrypt, kms:ReEncryptFrom) on every KMS key: Resource "*" or a key ARN that is not a fixed value (a wildcard or a policy variable). Conditions are not evaluated, as the managed rule does not. Decrypting with any key in the account reads every secret those keys protect.',
    severity: 'medium',
    resourceTypes: ['AWS::IAM::ManagedPolicy'],
    related: [{ type: 'AWS::IAM::Role', relation: 'referencedBy', property: 'PermissionsBoundary', parameter: 'excludePermissionBoundaryPolicy' }, { type: 'AWS::IAM::User', relation: 'referencedBy', property: 'PermissionsBoundary', parameter: 'excludePermissionBoundaryPolicy' }],
    managedRule: 'iam-customer-policy-blocked-kms-actions',
    frameworks: { FSBP: ['KMS.1'], 'NIST-800-53-r5': ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(3)'] },
    parameters: {
      blockedActionsPatterns: {
        type: 'string-list',
        description: 'KMS action patterns no policy may allow on all keys. AWS Config requires it; the default is what Security Hub KMS.1 uses. An empty list judges nothing.',
        default: ['kms:Decrypt', 'kms:ReEncryptFrom'],
      },
      excludePermissionBoundaryPolicy: { type: 'boolean', description: 'Do not evaluate managed policies that a role or user uses as its permissions boundary.', default: false },
    },
    messages: {
      notConfigured: 'Policy {{id}} can not be judged: no blocked actions are configured. Set the blockedActionsPatterns parameter.',
      restricted: 'Policy {{id}} allows no blocked KMS action on all keys.',
      blocked: 'In {{policy}}, {{statement}} allows a blocked KMS action on all KMS keys.',
      unknown: 'Whether {{what}} allows a blocked KMS action on all keys is not known before deployment ({{reason}}).',
      ...BOUNDARY_MESSAGES,
    },
    remediation: 'Name the keys (their ARNs) in the Resource of statements that allow decryption, or leave the blocked actions to the key policies.',
    examples: {
      noncompliant: [{ params: PATTERNS, cloudformation: POLICY("'*'") }],
      compliant: [{ params: PATTERNS, cloudformation: POLICY('arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab') }],
    },
  },
  check(policy, { params, graph }) {
    const patterns = blockedPatterns(params.blockedActionsPatterns);
    if (patterns.length === 0) return insufficientData('notConfigured', {}, []);
    return unlessExcludedBoundary(policy, graph, params.excludePermissionBoundaryPolicy, () => {
      const verdicts = statementVerdicts(policy, (statement) => allowsBlockedKmsActions(statement, patterns), { fail: 'blocked', unknown: 'unknown' });
      return verdicts.length > 0 ? verdicts : [compliant('restricted', {}, [])];
    });
  },
});
