import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { Resource } from '../../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { existence, isSet } from '../../lib/certainty.js';
import { functionAttachments } from '../../lib/lambda.js';
import { stringSetting } from '../../lib/settings.js';
import { allOf } from '../../lib/tristate.js';
import type { Verdict } from '../../types.js';
import type { Value } from '../../../model/value.js';

type MessageId = 'notPublic' | 'publicPermission' | 'unscopedS3' | 'publicUrl' | 'unknown';

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED',
    title: 'Lambda function policies do not allow public access',
    description:
      'Checks that no AWS::Lambda::Permission on a function grants Principal "*" without a SourceArn, SourceAccount or PrincipalOrgID condition, that an Amazon S3 permission carries SourceAccount, and that no function URL has AuthType NONE. A public function can be invoked by anyone, running up cost or reaching the data it can read.',
    severity: 'critical',
    resourceTypes: ['AWS::Lambda::Function'],
    managedRule: 'lambda-function-public-access-prohibited',
    frameworks: {
      FSBP: ['Lambda.1'],
      'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
      'PCI-DSS-v3.2.1': ['1.2.1', '1.3.1', '1.3.2', '1.3.4', '7.2.1'],
    },
    related: [
      { type: 'AWS::Lambda::Permission', relation: 'referencedBy', property: 'FunctionName' },
      { type: 'AWS::Lambda::Url', relation: 'referencedBy', property: 'TargetFunctionArn' },
    ],
    messages: {
      notPublic: 'No permission or URL of function {{id}} opens it to the public.',
      publicPermission: 'Permission {{permission}} lets anyone ("{{principal}}") invoke function {{id}} without a SourceArn, SourceAccount or PrincipalOrgID condition.',
      unscopedS3: 'Permission {{permission}} lets Amazon S3 invoke function {{id}} without SourceAccount, so a bucket in any account can.',
      publicUrl: 'Function URL {{url}} of {{id}} has AuthType NONE: anyone who knows it can call the function.',
      unknown: 'Whether {{what}} opens function {{id}} to the public is not known before deployment ({{reason}}).',
    },
    remediation:
      'Name the invoking account, role or service in each permission and scope a service principal with SourceArn and SourceAccount; give function URLs AuthType AWS_IAM.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: "def handler(e, c): return e" }\n  Anyone:\n    Type: AWS::Lambda::Permission\n    Properties:\n      FunctionName: !Ref Fn\n      Action: lambda:InvokeFunction\n      Principal: "*"\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: "def handler(e, c): return e" }\n  FromBucket:\n    Type: AWS::Lambda::Permission\n    Properties:\n      FunctionName: !Ref Fn\n      Action: lambda:InvokeFunction\n      Principal: s3.amazonaws.com\n      SourceAccount: !Ref AWS::AccountId\n      SourceArn: arn:aws:s3:::uploads-bucket\n',
        },
      ],
    },
  },
  check(fn, { graph }) {
    const verdicts: Verdict<MessageId>[] = [];
    for (const { resource: permission, names } of functionAttachments(fn, graph, 'AWS::Lambda::Permission')) {
      const [open, messageId] = permissionOpens(permission);
      const outcome = allOf([open, names, existence(permission)]);
      if (outcome === false) continue;
      const principal = permission.properties.Principal;
      if (isUnknown(outcome)) verdicts.push(insufficientData('unknown', { what: `permission ${permission.id}`, reason: outcome.reason }, []));
      else verdicts.push(nonCompliant(messageId, { permission: permission.id, principal: typeof principal === 'string' ? principal : '*' }, []));
    }
    for (const { resource: url, names } of functionAttachments(fn, graph, 'AWS::Lambda::Url')) {
      const authType = url.properties.AuthType;
      const open: boolean | Unknown = isUnknown(authType) ? authType : authType === 'AWS_IAM' ? false : authType === 'NONE' ? true : unknown(`AuthType ${JSON.stringify(authType ?? null)} is not AWS_IAM or NONE`);
      const outcome = allOf([open, names, existence(url)]);
      if (outcome === false) continue;
      if (isUnknown(outcome)) verdicts.push(insufficientData('unknown', { what: `function URL ${url.id}`, reason: outcome.reason }, []));
      else verdicts.push(nonCompliant('publicUrl', { url: url.id }, []));
    }
    return verdicts.length > 0 ? verdicts : compliant('notPublic', {}, []);
  },
});

/**
 * Whether one permission opens the function: Principal `*` (or an account pattern with a
 * wildcard) unless a source or organisation condition fixes who calls; Amazon S3 without
 * SourceAccount, since bucket names are global.
 */
function permissionOpens(permission: Resource): [boolean | Unknown, MessageId] {
  if (permission.unresolved) return [unknown(permission.unresolved), 'publicPermission'];
  const { SourceArn, SourceAccount, PrincipalOrgID } = permission.properties;
  // An account written as a number (Principal: 123456789012) is that account, as CloudFormation reads it.
  const principal = stringSetting(permission, ['Principal']);
  if (isUnknown(principal)) return [principal, 'publicPermission'];
  if (principal === undefined || principal === '') return [unknown(`malformed: Principal ${JSON.stringify(permission.properties.Principal ?? null)}`), 'publicPermission'];
  if (principal === 's3.amazonaws.com') return [negate(fixed(SourceAccount)), 'unscopedS3'];
  if (!principal.includes('*')) return [false, 'publicPermission'];
  const scoped = [fixed(SourceArn), fixed(SourceAccount), fixed(PrincipalOrgID)];
  if (scoped.includes(true)) return [false, 'publicPermission'];
  return [scoped.find(isUnknown) ?? true, 'publicPermission'];
}

/** A condition value that names one party: set, and without a wildcard (AWS counts only fixed values). */
function fixed(value: Value | undefined): boolean | Unknown {
  if (typeof value === 'string' && value.includes('*')) return false;
  return isSet(value);
}

function negate(value: boolean | Unknown): boolean | Unknown {
  return isUnknown(value) ? value : !value;
}
