import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';

/**
 * An ECR repository item as Config records it (CloudFormation's names; RDK
 * example_ci/AWS_ECR_Repository.json): mutable tags, no scan on push, no lifecycle policy
 * (`LifecyclePolicy: {}`), unless `fields` say otherwise.
 */
export function repositoryItem(name: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  const arn = `arn:aws:ecr:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:repository/${name}`;
  return buildConfigurationItem(
    'AWS::ECR::Repository',
    { Arn: arn, RepositoryName: name, ImageScanningConfiguration: { ScanOnPush: false }, ImageTagMutability: 'MUTABLE', LifecyclePolicy: {}, RepositoryPolicyText: {}, Tags: [], ...fields },
    { resourceId: name, resourceName: name, ARN: arn },
  );
}
