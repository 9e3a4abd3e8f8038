import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { Resource } from '../../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { numberSetting, stringSetting } from '../../lib/settings.js';
import type { Verdict } from '../../types.js';

interface Params {
  runtime?: string[];
  role?: string;
  timeout: number;
  memorySize: number;
}

type MessageId = 'matches' | 'mismatch' | 'unknown' | 'notApplicable';

/** Lambda's defaults when a function does not set them. */
const DEFAULT_TIMEOUT = 3;
const DEFAULT_MEMORY = 128;

export default defineRule<Params, MessageId>({
  meta: {
    id: 'LAMBDA_FUNCTION_SETTINGS_CHECK',
    title: 'Lambda function settings match the expected values',
    description:
      'Checks that a Lambda function\'s runtime is one of the listed runtimes, its execution role is the given one, and its timeout and memory size equal the expected values (3 seconds and 128 MB unless configured). Container-image functions and OS-only runtimes (provided*) are not checked, as AWS Config skips them.',
    severity: 'medium',
    resourceTypes: ['AWS::Lambda::Function'],
    managedRule: 'lambda-function-settings-check',
    frameworks: { FSBP: ['Lambda.2'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-2', 'SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'] },
    recommended: false,
    whyNotRecommended: 'The expected runtime list, role, timeout and memory are an organisation\'s own values (AWS\'s defaults of 3 seconds and 128 MB fail most real functions); configure them to turn it on.',
    parameters: {
      runtime: { type: 'string-list', description: 'Runtimes a function may use, e.g. python3.12,nodejs20.x; not checked when absent (AWS Config requires it).' },
      role: { type: 'string', description: 'Name or ARN of the execution role the function must use; not checked when absent.' },
      timeout: { type: 'integer', description: 'The timeout, in seconds, a function must have.', default: DEFAULT_TIMEOUT, minimum: 1 },
      memorySize: { type: 'integer', description: 'The memory size, in MB, a function must have.', default: DEFAULT_MEMORY, minimum: 128 },
    },
    messages: {
      matches: 'Function {{id}} has the expected runtime, role, timeout and memory size.',
      mismatch: 'Function {{id}} has {{setting}} {{actual}}, expected {{expected}}.',
      unknown: 'The {{setting}} of function {{id}} is not known before deployment ({{reason}}).',
      notApplicable: 'Function {{id}} {{why}}; AWS Config does not check its settings.',
    },
    remediation: 'Set Runtime, Role, Timeout and MemorySize to the values your organisation expects, or configure the rule with them.',
    examples: {
      noncompliant: [
        {
          params: { runtime: 'python3.12', timeout: 30, memorySize: 256 },
          cloudformation: 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.8\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: "def handler(e, c): return e" }\n      Timeout: 30\n      MemorySize: 256\n',
        },
      ],
      compliant: [
        {
          params: { runtime: 'python3.12', timeout: 30, memorySize: 256 },
          cloudformation: 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: "def handler(e, c): return e" }\n      Timeout: 30\n      MemorySize: 256\n',
        },
      ],
    },
  },
  check(fn, { params, graph }) {
    const packageType = stringSetting(fn, ['PackageType'], 'Zip');
    if (packageType === 'Image') return notApplicable('notApplicable', { why: 'is a container image' }, ['PackageType']);
    const runtime = stringSetting(fn, ['Runtime']);
    if (typeof runtime === 'string' && runtime.startsWith('provided')) return notApplicable('notApplicable', { why: `uses the OS-only runtime ${runtime}` }, ['Runtime']);
    const verdicts: Verdict<MessageId>[] = [];
    const compare = (setting: string, path: string[], actual: string | number | Unknown | undefined, matches: boolean | Unknown, expected: string | number) => {
      if (isUnknown(matches)) verdicts.push(insufficientData('unknown', { setting, reason: matches.reason }, path));
      else if (!matches) verdicts.push(nonCompliant('mismatch', { setting, actual: actual === undefined ? 'not set' : isUnknown(actual) ? 'unknown' : String(actual), expected }, fn.properties[path[0] as string] === undefined ? [] : path));
    };
    if (isUnknown(packageType)) verdicts.push(insufficientData('unknown', { setting: 'package type', reason: packageType.reason }, ['PackageType']));
    if (params.runtime && params.runtime.length > 0) {
      const allowed = params.runtime;
      compare('runtime', ['Runtime'], runtime, isUnknown(runtime) ? runtime : runtime !== undefined && allowed.includes(runtime), allowed.join(', '));
    }
    if (params.role !== undefined && params.role !== '') compare('role', ['Role'], roleText(fn), sameRole(fn, params.role, graph), params.role);
    const timeout = numberSetting(fn, ['Timeout'], DEFAULT_TIMEOUT);
    compare('timeout', ['Timeout'], timeout, isUnknown(timeout) ? timeout : timeout === params.timeout, params.timeout);
    const memory = numberSetting(fn, ['MemorySize'], DEFAULT_MEMORY);
    compare('memory size', ['MemorySize'], memory, isUnknown(memory) ? memory : memory === params.memorySize, params.memorySize);
    return verdicts.length > 0 ? verdicts : compliant('matches', {}, []);
  },
});

function roleText(fn: Resource): string | undefined {
  const role = fn.properties.Role;
  return typeof role === 'string' ? role : undefined;
}

/** The role by ARN or name: a role of the template is compared by its literal RoleName. */
function sameRole(fn: Resource, expected: string, graph: ResourceGraph): boolean | Unknown {
  const role = fn.properties.Role;
  const nameOf = (arnOrName: string) => arnOrName.split('/').pop() as string;
  if (typeof role === 'string') return role === expected || nameOf(role) === nameOf(expected);
  const target = graph.target(role);
  const roleName = target?.type === 'AWS::IAM::Role' ? target.properties.RoleName : undefined;
  if (typeof roleName === 'string') return roleName === nameOf(expected);
  if (isUnknown(role)) return unknown(`Role is ${role.reason}`);
  return unknown(`malformed: Role ${JSON.stringify(role ?? null)}`);
}
