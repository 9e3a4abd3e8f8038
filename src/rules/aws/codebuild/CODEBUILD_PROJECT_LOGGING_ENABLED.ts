import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { Resource } from '../../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { stringSetting } from '../../lib/settings.js';

interface Params {
  s3BucketNames?: string[];
  cloudWatchGroupNames?: string[];
}

interface Destination {
  /** Enabled and, when the parameter lists names, writing to one of them. */
  counts: boolean | Unknown;
  enabled: boolean | Unknown;
  path: string[];
}

const CLOUDWATCH = ['LogsConfig', 'CloudWatchLogs'];
const S3 = ['LogsConfig', 'S3Logs'];

/** ENABLED/DISABLED, with the service's default; anything else is malformed. */
function status(project: Resource, path: string[], fallback: 'ENABLED' | 'DISABLED'): boolean | Unknown {
  const value = stringSetting(project, [...path, 'Status'], fallback);
  if (isUnknown(value)) return value;
  if (value?.toUpperCase() === 'ENABLED') return true;
  if (value?.toUpperCase() === 'DISABLED') return false;
  return unknown(`malformed: ${path.join('.')}.Status of ${project.id} should be ENABLED or DISABLED, not ${JSON.stringify(value)}`);
}

/** Whether a destination name is allowed: any when the parameter lists none. */
function allowed(name: string | Unknown | undefined, names: readonly string[] | undefined): boolean | Unknown {
  if (!names || names.length === 0) return true;
  if (isUnknown(name)) return name;
  return name !== undefined && names.includes(name);
}

export default defineRule<Params>({
  meta: {
    id: 'CODEBUILD_PROJECT_LOGGING_ENABLED',
    title: 'CodeBuild projects send build logs to CloudWatch Logs or S3',
    description:
      'Checks that an AWS CodeBuild project keeps at least one build log destination enabled: CloudWatch Logs (enabled unless turned off) or S3 (off unless turned on), and, when `cloudWatchGroupNames` or `s3BucketNames` is given, that the enabled destination is one of those. Without build logs there is no record of what a build ran or changed.',
    severity: 'medium',
    resourceTypes: ['AWS::CodeBuild::Project'],
    managedRule: 'codebuild-project-logging-enabled',
    frameworks: {
      FSBP: ['CodeBuild.4'],
      'NIST-800-53-r5': ['AC-2(12)', 'AC-2(4)', 'AC-4(26)', 'AC-6(9)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'AU-9(7)', 'CA-7', 'SC-7(9)', 'SI-3(8)', 'SI-4', 'SI-4(20)', 'SI-7(8)'],
    },
    parameters: {
      s3BucketNames: { type: 'string-list', description: 'S3 buckets S3 build logs may go to (any bucket when absent).' },
      cloudWatchGroupNames: { type: 'string-list', description: 'CloudWatch Logs groups build logs may go to (any group when absent; a project without GroupName writes to /aws/codebuild/<project name>).' },
    },
    messages: {
      enabled: 'CodeBuild project {{id}} sends build logs to {{destination}}.',
      disabled: 'CodeBuild project {{id}} has every build log destination disabled.',
      otherDestination: 'CodeBuild project {{id}} sends build logs only to destinations outside cloudWatchGroupNames / s3BucketNames.',
      unknown: 'Whether CodeBuild project {{id}} keeps build logs is not known before deployment ({{reason}}).',
    },
    remediation: 'Remove `LogsConfig.CloudWatchLogs.Status: DISABLED` (CloudWatch Logs is on by default) or enable `LogsConfig.S3Logs` with a `Location`; when the rule lists allowed groups or buckets, write to one of them.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Project:\n    Type: AWS::CodeBuild::Project\n    Properties:\n      ServiceRole: arn:aws:iam::111122223333:role/codebuild\n      Artifacts: { Type: NO_ARTIFACTS }\n      Environment: { Type: LINUX_CONTAINER, ComputeType: BUILD_GENERAL1_SMALL, Image: aws/codebuild/standard:7.0 }\n      Source: { Type: CODECOMMIT, Location: https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app }\n      LogsConfig:\n        CloudWatchLogs:\n          Status: DISABLED\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Project:\n    Type: AWS::CodeBuild::Project\n    Properties:\n      ServiceRole: arn:aws:iam::111122223333:role/codebuild\n      Artifacts: { Type: NO_ARTIFACTS }\n      Environment: { Type: LINUX_CONTAINER, ComputeType: BUILD_GENERAL1_SMALL, Image: aws/codebuild/standard:7.0 }\n      Source: { Type: CODECOMMIT, Location: https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app }\n',
        },
      ],
    },
  },
  check(project, { params }) {
    const name = stringSetting(project, ['Name']);
    const group = stringSetting(project, [...CLOUDWATCH, 'GroupName']) ?? (isUnknown(name) ? name : name === undefined ? unknown('the project name (and so its default log group) is not set') : `/aws/codebuild/${name}`);
    const location = stringSetting(project, [...S3, 'Location']);
    const bucket = isUnknown(location) || location === undefined ? location : location.split('/')[0];
    const cloudWatch = status(project, CLOUDWATCH, 'ENABLED');
    const s3 = status(project, S3, 'DISABLED');
    const destinations: Destination[] = [
      { enabled: cloudWatch, counts: both(cloudWatch, () => allowed(group, params.cloudWatchGroupNames)), path: CLOUDWATCH },
      { enabled: s3, counts: both(s3, () => allowed(bucket, params.s3BucketNames)), path: S3 },
    ];
    const passing = destinations.find((destination) => destination.counts === true);
    if (passing) return compliant('enabled', { destination: passing.path === CLOUDWATCH ? `CloudWatch Logs (${isUnknown(group) ? 'its log group' : group})` : `S3 (${isUnknown(location) ? 'its location' : String(location)})` }, project.properties.LogsConfig === undefined ? [] : passing.path);
    const undecided = destinations.find((destination) => isUnknown(destination.counts));
    if (undecided && isUnknown(undecided.counts)) return insufficientData('unknown', { reason: undecided.counts.reason }, undecided.path);
    const anyEnabled = destinations.some((destination) => destination.enabled === true);
    return nonCompliant(anyEnabled ? 'otherDestination' : 'disabled', {}, project.properties.LogsConfig === undefined ? [] : ['LogsConfig']);
  },
});

/** Three-valued AND where the second part is only read when the first may hold. */
function both(first: boolean | Unknown, second: () => boolean | Unknown): boolean | Unknown {
  if (first === false) return false;
  const other = second();
  if (other === false) return false;
  return isUnknown(first) ? first : other;
}
