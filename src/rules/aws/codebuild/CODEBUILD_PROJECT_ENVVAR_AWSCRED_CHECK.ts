import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject } from '../../../model/value.js';
import { listSetting } from '../../lib/settings.js';

const CREDENTIALS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'];
const PATH = ['Environment', 'EnvironmentVariables'];

export default defineRule({
  meta: {
    id: 'CODEBUILD_PROJECT_ENVVAR_AWSCRED_CHECK',
    title: 'CodeBuild projects do not hold AWS credentials in plain-text environment variables',
    description:
      'Checks that an AWS CodeBuild project does not set `AWS_ACCESS_KEY_ID` or `AWS_SECRET_ACCESS_KEY` as a `PLAINTEXT` environment variable (the default type). Plain-text variables are shown to anyone who can read the project and in build logs; a build gets credentials from its service role.',
    severity: 'critical',
    resourceTypes: ['AWS::CodeBuild::Project'],
    managedRule: 'codebuild-project-envvar-awscred-check',
    frameworks: { FSBP: ['CodeBuild.2'], 'NIST-800-53-r5': ['IA-5(7)', 'SA-3'], 'PCI-DSS-v3.2.1': ['8.2.1'] },
    messages: {
      none: 'CodeBuild project {{id}} holds no AWS credentials in plain-text environment variables.',
      plaintext: 'CodeBuild project {{id}} sets {{name}} as a plain-text environment variable.',
      unknown: 'Whether CodeBuild project {{id}} holds AWS credentials in plain-text environment variables is not known before deployment ({{reason}}).',
    },
    remediation: 'Remove the access key variables and give the project a service role with the permissions the build needs; if a build must use other credentials, store them in Secrets Manager or Parameter Store and reference them with `Type: SECRETS_MANAGER` or `PARAMETER_STORE`.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Project:\n    Type: AWS::CodeBuild::Project\n    Properties:\n      ServiceRole: arn:aws:iam::111122223333:role/codebuild\n      Artifacts: { Type: NO_ARTIFACTS }\n      Source: { Type: CODECOMMIT, Location: https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app }\n      Environment:\n        Type: LINUX_CONTAINER\n        ComputeType: BUILD_GENERAL1_SMALL\n        Image: aws/codebuild/standard:7.0\n        EnvironmentVariables:\n          - Name: AWS_SECRET_ACCESS_KEY\n            Value: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Project:\n    Type: AWS::CodeBuild::Project\n    Properties:\n      ServiceRole: arn:aws:iam::111122223333:role/codebuild\n      Artifacts: { Type: NO_ARTIFACTS }\n      Source: { Type: CODECOMMIT, Location: https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app }\n      Environment:\n        Type: LINUX_CONTAINER\n        ComputeType: BUILD_GENERAL1_SMALL\n        Image: aws/codebuild/standard:7.0\n        EnvironmentVariables:\n          - Name: AWS_SECRET_ACCESS_KEY\n            Type: SECRETS_MANAGER\n            Value: deploy/credentials:secret_access_key\n',
        },
      ],
    },
  },
  check(project) {
    const variables = listSetting(project, PATH);
    if (isUnknown(variables)) return insufficientData('unknown', { reason: variables.reason }, PATH);
    let undecided: { reason: string; index: number } | undefined;
    for (const [index, variable] of (variables ?? []).entries()) {
      if (isUnknown(variable)) {
        undecided ??= { reason: variable.reason, index };
        continue;
      }
      if (!isObject(variable)) continue;
      const { Name: name, Type: type } = variable;
      if (isUnknown(name)) {
        undecided ??= { reason: name.reason, index };
        continue;
      }
      if (typeof name !== 'string' || !CREDENTIALS.includes(name)) continue;
      // PLAINTEXT is CodeBuild's default type.
      if (isUnknown(type)) undecided ??= { reason: type.reason, index };
      else if (type === undefined || type === null || String(type).toUpperCase() === 'PLAINTEXT') return nonCompliant('plaintext', { name }, [...PATH, index]);
    }
    if (undecided) return insufficientData('unknown', { reason: undecided.reason }, [...PATH, undecided.index]);
    return compliant('none', {}, variables === undefined ? [] : PATH);
  },
});
