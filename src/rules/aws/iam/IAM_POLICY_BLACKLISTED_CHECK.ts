import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { principalPolicies, type PolicyAttachment } from '../../lib/iam.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import type { Resource } from '../../../model/resource.js';
import type { Verdict } from '../../types.js';

type MessageId = 'noBlockedPolicy' | 'blockedPolicy' | 'excepted' | 'unknownPolicy' | 'malformedException';

const NAME_PROPERTY: Record<string, { name: string; list: string }> = {
  'AWS::IAM::User': { name: 'UserName', list: 'users' },
  'AWS::IAM::Group': { name: 'GroupName', list: 'groups' },
  'AWS::IAM::Role': { name: 'RoleName', list: 'roles' },
};

const ROLE = (arn: string) => `Resources:
  Operator:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: arn:aws:iam::111122223333:root }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - ${arn}
`;

export default defineRule<{ policyArns: string[]; exceptionList?: string[] }, MessageId>({
  meta: {
    id: 'IAM_POLICY_BLACKLISTED_CHECK',
    title: 'IAM users, groups and roles do not have blocked managed policies attached',
    description:
      'Checks that none of the policyArns (AdministratorAccess by default; Security Hub IAM.27 and CIS use AWSCloudShellFullAccess) is attached to a user, group or role: in its ManagedPolicyArns, by an attachment, or by a customer managed policy naming it. Principals named in exceptionList (users:[a;b], groups:[...], roles:[...]) are not evaluated.',
    severity: 'medium',
    resourceTypes: ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role'],
    related: [
      { type: 'AWS::IAM::ManagedPolicy', relation: 'referencedBy', property: 'Users' },
      { type: 'AWS::IAM::ManagedPolicy', relation: 'referencedBy', property: 'Roles' },
      { type: 'AWS::IAM::ManagedPolicy', relation: 'referencedBy', property: 'Groups' },
    ],
    managedRule: 'iam-policy-blacklisted-check',
    frameworks: { 'CIS-v3.0.0': ['1.22'], 'CIS-v5.0.0': ['1.21'] },
    parameters: {
      policyArns: { type: 'string-list', description: 'ARNs of managed policies no user, group or role may have attached.', default: ['arn:aws:iam::aws:policy/AdministratorAccess'] },
      exceptionList: { type: 'string-list', description: 'Principals not evaluated, by name: users:[user1;user2], groups:[group1], roles:[role1;role2].' },
    },
    messages: {
      noBlockedPolicy: '{{type}} {{id}} has none of the blocked policies attached.',
      blockedPolicy: '{{type}} {{id}} has the blocked policy {{arn}} attached.',
      excepted: '{{type}} {{id}} is in the exception list.',
      unknownPolicy: 'Whether a policy attached to {{id}} is a blocked one is not known before deployment ({{reason}}).',
      malformedException: 'The exceptionList entry "{{entry}}" is not of the form users:[name;name], groups:[...] or roles:[...].',
    },
    remediation: 'Detach the blocked policy and attach one that grants only what the principal needs.',
    examples: {
      noncompliant: [{ cloudformation: ROLE('arn:aws:iam::aws:policy/AdministratorAccess') }],
      compliant: [{ cloudformation: ROLE('arn:aws:iam::aws:policy/ReadOnlyAccess') }],
    },
  },
  check(principal, { params, graph }) {
    const shape = NAME_PROPERTY[principal.type];
    if (!shape) return [];
    const exceptions = parseExceptions(params.exceptionList ?? []);
    if ('malformed' in exceptions) return insufficientData('malformedException', { entry: exceptions.malformed }, []);
    const excepted = exceptions.names.get(shape.list) ?? new Set<string>();
    const name = principal.properties[shape.name];
    if (typeof name === 'string' && excepted.has(name)) return notApplicable('excepted', {}, []);
    const blocked = new Set(params.policyArns.map((arn) => arn.trim()).filter((arn) => arn !== ''));
    const verdicts: Verdict<MessageId>[] = [];
    for (const attachment of principalPolicies(principal, graph)) {
      if (attachment.kind === 'inline' || (attachment.kind === 'policyResource' && attachment.declaredBy.type !== 'AWS::IAM::ManagedPolicy')) continue;
      const path = attachment.declaredBy.id === principal.id ? attachment.path : [];
      const matched = matchesBlocked(attachment, blocked);
      if (matched === false) continue;
      const uncertain = attachment.uncertain ?? (isUnknown(matched) ? matched : undefined);
      if (uncertain || isUnknown(matched)) verdicts.push(insufficientData('unknownPolicy', { reason: (uncertain ?? unknown('not known')).reason }, path));
      else verdicts.push(nonCompliant('blockedPolicy', { arn: matched }, path));
    }
    if (verdicts.length === 0) return compliant('noBlockedPolicy', {}, []);
    // A name known only at deployment may be an excepted one.
    if (excepted.size > 0 && name !== undefined && typeof name !== 'string') {
      return verdicts.map((verdict) => (verdict.status === 'NON_COMPLIANT' ? insufficientData('unknownPolicy', { reason: `the ${shape.name} may be in the exception list: ${isUnknown(name) ? name.reason : JSON.stringify(name)}` }, verdict.path) : verdict));
    }
    return verdicts.sort((a, b) => Number(a.status !== 'NON_COMPLIANT') - Number(b.status !== 'NON_COMPLIANT'));
  },
});

/** The blocked ARN the attachment is (a string), false, or an Unknown when that is not known before deployment. */
function matchesBlocked(attachment: PolicyAttachment, blocked: ReadonlySet<string>): string | false | Unknown {
  if (typeof attachment.arn === 'string') return blocked.has(attachment.arn) ? attachment.arn : false;
  const policy = attachment.target ?? (attachment.kind === 'policyResource' ? attachment.declaredBy : undefined);
  if (policy) return customerPolicyMatch(policy, blocked);
  return attachment.unknown ?? unknown('the attached policy ARN is not known');
}

/** A customer managed policy of the input is blocked when a listed ARN of some account ends in its path and name. */
function customerPolicyMatch(policy: Resource, blocked: ReadonlySet<string>): string | false | Unknown {
  const customer = [...blocked].filter((arn) => !/^arn:[^:]+:iam::aws:/.test(arn));
  if (customer.length === 0) return false;
  const name = policy.properties.ManagedPolicyName;
  if (typeof name !== 'string') return unknown(`the name of managed policy ${policy.id} is ${isUnknown(name) ? name.reason : 'chosen by CloudFormation'}`);
  const path = typeof policy.properties.Path === 'string' ? policy.properties.Path : '/';
  return customer.find((arn) => arn.endsWith(`:policy${path}${name}`)) ?? false;
}

/** `users:[a;b]`, `groups:[c]`, `roles:[d;e]` entries → names by list. */
function parseExceptions(entries: readonly string[]): { names: Map<string, Set<string>> } | { malformed: string } {
  const names = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (entry.trim() === '') continue;
    const match = /^\s*(users|groups|roles)\s*:\s*\[([^\]]*)\]\s*$/i.exec(entry);
    if (!match) return { malformed: entry.trim() };
    const list = (match[1] as string).toLowerCase();
    const set = names.get(list) ?? new Set<string>();
    for (const name of (match[2] as string).split(';')) if (name.trim() !== '') set.add(name.trim());
    names.set(list, set);
  }
  return { names };
}
