import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';

/**
 * A CodeBuild project item as Config records it (BatchGetProjects' camelCase; RDK
 * example_ci/AWS_CodeBuild_Project.json, whose `source` is a one-item list): a GitHub source, no
 * environment variables, CloudWatch Logs on and S3 logs off, unless `fields` say otherwise.
 */
export function projectItem(name: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  const arn = `arn:aws:codebuild:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:project/${name}`;
  return buildConfigurationItem(
    'AWS::CodeBuild::Project',
    {
      name,
      source: [{ type: 'GITHUB', buildSpec: 'buildspec.yml', location: 'https://github.com/awslabs/aws-config-rdk', gitCloneDepth: 1, reportBuildStatus: false }],
      artifacts: [{ type: 'NO_ARTIFACTS' }],
      secondarySources: [],
      serviceRole: `arn:aws:iam::${FIXTURE_ACCOUNT}:role/service-role/codebuild-${name}`,
      timeoutInMinutes: 60,
      environment: { type: 'LINUX_CONTAINER', image: 'aws/codebuild/amazonlinux2-x86_64-standard:5.0', computeType: 'BUILD_GENERAL1_SMALL', privilegedMode: false, environmentVariables: [], imagePullCredentialsType: 'CODEBUILD' },
      tags: [],
      cache: { type: 'NO_CACHE' },
      logsConfig: { cloudWatchLogs: { status: 'ENABLED' }, s3Logs: { status: 'DISABLED' } },
      ...fields,
    },
    { resourceId: name, resourceName: name, ARN: arn },
  );
}
