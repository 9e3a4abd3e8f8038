import { compliant, defineRule } from '../../define.js';
import { isAllow, type Statement } from '../../lib/policy.js';
import { BOUNDARY_MESSAGES, statementVerdicts, unlessExcludedBoundary } from '../../lib/policy-statements.js';
import { allOf } from '../../lib/tristate.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import type { Value } from '../../../model/value.js';

const POLICY = (action: string) => `Resources:
  OpsPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: ${action}
            Resource: '*'
`;

export default defineRule<{ excludePermissionBoundaryPolicy?: boolean }>({
  meta: {
    id: 'IAM_POLICY_NO_STATEMENTS_WITH_FULL_ACCESS',
    title: 'IAM customer managed policies do not allow every action of a service',
    description:
      'Checks that no Allow statement of a customer managed policy grants a whole service: an action `service:*` (or `*`), or a NotAction that leaves whole services allowed. Prefixed wildcards such as `ec2:Describe*` pass. Like the managed rule, inline and AWS managed policies are not evaluated. A service wildcard grants today\'s and tomorrow\'s destructive actions along with the ones the principal needs.',
    severity: 'medium',
    resourceTypes: ['AWS::IAM::ManagedPolicy'],
    related: [{ type: 'AWS::IAM::Role', relation: 'referencedBy', property: 'PermissionsBoundary', parameter: 'excludePermissionBoundaryPolicy' }, { type: 'AWS::IAM::User', relation: 'referencedBy', property: 'PermissionsBoundary', parameter: 'excludePermissionBoundaryPolicy' }],
    managedRule: 'iam-policy-no-statements-with-full-access',
    frameworks: {
      FSBP: ['IAM.21'],
      'NIST-800-53-r5': ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(10)', 'AC-6(2)', 'AC-6(3)'],
      'PCI-DSS-v3.2.1': ['7.1.2', '7.1.3', '7.2.1', '7.2.2'],
    },
    parameters: {
      excludePermissionBoundaryPolicy: { type: 'boolean', description: 'Do not evaluate managed policies that a role or user uses as its permissions boundary.', default: false },
    },
    messages: {
      noFullAccess: 'Policy {{id}} allows no service in full.',
      fullAccess: 'In {{policy}}, {{statement}} allows every action of a service.',
      unknown: 'Whether {{what}} allows every action of a service is not known before deployment ({{reason}}).',
      ...BOUNDARY_MESSAGES,
    },
    remediation: 'Replace `service:*` with the actions the principal needs (or prefixed wildcards such as `ec2:Describe*`), and an Allow with NotAction with an explicit Action list.',
    examples: {
      noncompliant: [{ cloudformation: POLICY("'ec2:*'") }],
      compliant: [{ cloudformation: POLICY("['ec2:Describe*', 'ec2:StartInstances']") }],
    },
  },
  check(policy, { params, graph }) {
    return unlessExcludedBoundary(policy, graph, params.excludePermissionBoundaryPolicy, () => {
      const verdicts = statementVerdicts(policy, (statement) => allOf([isAllow(statement), grantsWholeService(statement)]), { fail: 'fullAccess', unknown: 'unknown' });
      return verdicts.length > 0 ? verdicts : [compliant('noFullAccess', {}, [])];
    });
  },
});

/** `*` or `service:*`, in any case. */
const WHOLE_SERVICE = /^(\*|[^:*?]+:\*)$/;

function grantsWholeService(statement: Statement): boolean | Unknown {
  if (statement.actions !== undefined) return someAction(statement.actions, (action) => WHOLE_SERVICE.test(action));
  // Allow with NotAction allows every service the exclusions do not name, unless they exclude everything.
  if (statement.notActions === undefined) return false;
  const excludesAll = someAction(statement.notActions, (action) => action === '*');
  return isUnknown(excludesAll) ? excludesAll : !excludesAll;
}

function someAction(actions: Value[] | Unknown, test: (action: string) => boolean): boolean | Unknown {
  if (isUnknown(actions)) return actions;
  let undecided: Unknown | undefined;
  for (const action of actions) {
    if (isUnknown(action)) undecided ??= action;
    else if (typeof action === 'string' && test(action.trim())) return true;
  }
  return undecided ?? false;
}
