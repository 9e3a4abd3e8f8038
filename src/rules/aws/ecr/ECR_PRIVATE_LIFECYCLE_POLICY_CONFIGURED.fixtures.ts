import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const POLICY = `'{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}'`;

export default [
  {
    name: 'a lifecycle policy, none, one without text, imported text, by condition, malformed',
    template: `
Parameters:
  Stage: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  WithPolicy:
    Type: AWS::ECR::Repository
    Properties:
      LifecyclePolicy:
        LifecyclePolicyText: ${POLICY}
  NoPolicy:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: web
  RegistryOnly:
    Type: AWS::ECR::Repository
    Properties:
      LifecyclePolicy:
        RegistryId: '111122223333'
  Imported:
    Type: AWS::ECR::Repository
    Properties:
      LifecyclePolicy:
        LifecyclePolicyText: !ImportValue platform-ecr-lifecycle-policy
  ByCondition:
    Type: AWS::ECR::Repository
    Properties:
      LifecyclePolicy: !If [IsProd, { LifecyclePolicyText: ${POLICY} }, !Ref AWS::NoValue]
  Malformed:
    Type: AWS::ECR::Repository
    Properties:
      LifecyclePolicy:
        LifecyclePolicyText: { rules: [] }
`,
    expect: {
      WithPolicy: { status: 'COMPLIANT', path: ['LifecyclePolicy', 'LifecyclePolicyText'] },
      NoPolicy: { status: 'NON_COMPLIANT', messageId: 'missing', path: [] },
      RegistryOnly: { status: 'NON_COMPLIANT', messageId: 'missing', path: ['LifecyclePolicy'] },
      Imported: 'COMPLIANT',
      ByCondition: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['LifecyclePolicy'] },
      Malformed: { status: 'INSUFFICIENT_DATA', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: aws_ecr_lifecycle_policy by reference and by name, a repository without one, a policy on a repository elsewhere',
    hcl: `
resource "aws_ecr_repository" "referenced" {
  name = "referenced"
}

resource "aws_ecr_lifecycle_policy" "referenced" {
  repository = aws_ecr_repository.referenced.name
  policy = jsonencode({
    rules = [{ rulePriority = 1, selection = { tagStatus = "untagged", countType = "sinceImagePushed", countUnit = "days", countNumber = 14 }, action = { type = "expire" } }]
  })
}

resource "aws_ecr_repository" "by_name" {
  name = "by-name"
}

resource "aws_ecr_lifecycle_policy" "by_name" {
  repository = "by-name"
  policy     = file("\${path.module}/lifecycle.json")
}

resource "aws_ecr_repository" "bare" {
  name = "bare"
}

resource "aws_ecr_lifecycle_policy" "elsewhere" {
  repository = "shared-base-images"
  policy     = "{\\"rules\\":[]}"
}
`,
    expect: {
      'aws_ecr_repository.referenced': 'COMPLIANT',
      'aws_ecr_repository.by_name': 'COMPLIANT',
      'aws_ecr_repository.bare': { status: 'NON_COMPLIANT', messageId: 'missing' },
      'aws_ecr_lifecycle_policy.elsewhere': 'COMPLIANT',
    },
  },
  {
    name: 'plan: a lifecycle policy merged into its repository, and a repository without one',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_ecr_repository.kept', { name: 'kept', image_tag_mutability: 'IMMUTABLE', image_scanning_configuration: [{ scan_on_push: true }], encryption_configuration: [], tags: null }, { arn: true, id: true }),
        created('aws_ecr_lifecycle_policy.kept', { repository: 'kept', policy: '{"rules":[{"action":{"type":"expire"},"rulePriority":1,"selection":{"countNumber":14,"countType":"sinceImagePushed","countUnit":"days","tagStatus":"untagged"}}]}' }, { id: true, registry_id: true }),
        created('aws_ecr_repository.bare', { name: 'bare', image_tag_mutability: 'IMMUTABLE', image_scanning_configuration: [{ scan_on_push: true }], encryption_configuration: [], tags: null }, { arn: true, id: true }),
      ],
    },
    expect: {
      'aws_ecr_repository.kept': 'COMPLIANT',
      'aws_ecr_repository.bare': { status: 'NON_COMPLIANT', messageId: 'missing', path: [] },
    },
  },
] satisfies RuleCase[];
