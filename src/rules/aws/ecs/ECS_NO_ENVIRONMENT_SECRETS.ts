import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject } from '../../../model/value.js';
import { checkContainers, inactiveRevision } from '../../lib/ecs-containers.js';

interface Params {
  secretKeys: string[];
}

export default defineRule<Params>({
  meta: {
    id: 'ECS_NO_ENVIRONMENT_SECRETS',
    title: 'ECS containers do not pass secrets as plain environment variables',
    description:
      'Checks that no container definition of an Amazon ECS task definition sets a plain environment variable named in `secretKeys`. Plain `Environment` values are readable by anyone who can describe the task definition; secrets belong in `Secrets`, read from Secrets Manager or Parameter Store. Environment files (`EnvironmentFiles`) are not checked, as the managed rule does not.',
    severity: 'high',
    resourceTypes: ['AWS::ECS::TaskDefinition'],
    managedRule: 'ecs-no-environment-secrets',
    frameworks: { FSBP: ['ECS.8'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-2'] },
    parameters: {
      secretKeys: {
        type: 'string-list',
        description: 'Environment variable names that must not be set in plain text, compared exactly (AWS Config requires this parameter; the default is the list Security Hub uses for ECS.8).',
        default: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'ECS_ENGINE_AUTH_DATA'],
      },
    },
    messages: {
      none: 'No container of task definition {{id}} sets a secret key as a plain environment variable ({{count}} checked).',
      secret: 'Container {{container}} of task definition {{id}} sets {{name}} as a plain environment variable.',
      unknown: 'Whether the containers of task definition {{id}} set secret keys as plain environment variables is not known before deployment ({{reason}}).',
      inactive: 'Task definition {{id}} is inactive (deregistered); the rule judges active revisions.',
    },
    remediation: 'Move the value into AWS Secrets Manager or SSM Parameter Store and reference it from the container\'s `Secrets` (`Name`, `ValueFrom`) instead of `Environment`; give the task execution role permission to read it.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: uploader\n      ContainerDefinitions:\n        - Name: uploader\n          Image: public.ecr.aws/aws-cli/aws-cli:2.17.0\n          Memory: 256\n          Environment:\n            - Name: AWS_SECRET_ACCESS_KEY\n              Value: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: uploader\n      ExecutionRoleArn: arn:aws:iam::111122223333:role/ecsTaskExecutionRole\n      ContainerDefinitions:\n        - Name: uploader\n          Image: public.ecr.aws/aws-cli/aws-cli:2.17.0\n          Memory: 256\n          Environment:\n            - Name: BUCKET\n              Value: uploads\n          Secrets:\n            - Name: API_TOKEN\n              ValueFrom: arn:aws:secretsmanager:eu-west-1:111122223333:secret:uploader-token\n',
        },
      ],
    },
  },
  check(task, { params }) {
    const inactive = inactiveRevision(task, 'inactive');
    if (inactive) return inactive;
    const secretKeys = new Set(params.secretKeys);
    return checkContainers(task, { pass: 'none', unknown: 'unknown' }, (container) => {
      const path = [...container.path, 'Environment'];
      const environment = container.definition.Environment;
      if (environment === undefined || environment === null) return compliant('none', { count: 1 }, container.path);
      if (isUnknown(environment)) return insufficientData('unknown', { reason: environment.reason }, path);
      if (!Array.isArray(environment)) return insufficientData('unknown', { reason: `malformed: Environment of container ${container.name} is not a list` }, path);
      let undecided: string | undefined;
      for (const [index, variable] of environment.entries()) {
        const name = isObject(variable) ? variable.Name : variable;
        if (typeof name === 'string' && secretKeys.has(name.trim())) return nonCompliant('secret', { container: container.name, name }, [...path, index, 'Name']);
        if (isUnknown(name)) undecided ??= name.reason;
        else if (typeof name !== 'string') undecided ??= `malformed: environment variable ${index} of container ${container.name} has no name`;
      }
      return undecided === undefined ? compliant('none', { count: 1 }, path) : insufficientData('unknown', { reason: undecided }, path);
    });
  },
});
