import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'immutable, mutable, not set, immutable with exclusions, from parameters, malformed',
    template: `
Parameters:
  Mutability: { Type: String, AllowedValues: [MUTABLE, IMMUTABLE] }
  DefaultMutability: { Type: String, Default: IMMUTABLE }
Resources:
  Immutable:
    Type: AWS::ECR::Repository
    Properties:
      ImageTagMutability: IMMUTABLE
  Mutable:
    Type: AWS::ECR::Repository
    Properties:
      ImageTagMutability: MUTABLE
  NotSet:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: web
  WithExclusion:
    Type: AWS::ECR::Repository
    Properties:
      ImageTagMutability: IMMUTABLE_WITH_EXCLUSION
      ImageTagMutabilityExclusionFilters:
        - { ImageTagMutabilityExclusionFilterType: WILDCARD, ImageTagMutabilityExclusionFilterValue: 'latest' }
  FromParameter:
    Type: AWS::ECR::Repository
    Properties:
      ImageTagMutability: !Ref Mutability
  FromDefault:
    Type: AWS::ECR::Repository
    Properties:
      ImageTagMutability: !Ref DefaultMutability
  Malformed:
    Type: AWS::ECR::Repository
    Properties:
      ImageTagMutability: [IMMUTABLE]
`,
    expect: {
      Immutable: { status: 'COMPLIANT', path: ['ImageTagMutability'] },
      Mutable: { status: 'NON_COMPLIANT', messageId: 'mutable', path: ['ImageTagMutability'] },
      NotSet: { status: 'NON_COMPLIANT', messageId: 'mutable', path: [], messageIncludes: 'default MUTABLE' },
      WithExclusion: { status: 'NON_COMPLIANT', messageId: 'mutable', messageIncludes: 'IMMUTABLE_WITH_EXCLUSION' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['ImageTagMutability'] },
      FromDefault: 'COMPLIANT',
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: image_tag_mutability immutable, provider default, from a variable',
    hcl: `
variable "mutability" {
  type = string
}

resource "aws_ecr_repository" "immutable" {
  name                 = "immutable"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "default" {
  name = "default"
}

resource "aws_ecr_repository" "variable" {
  name                 = "variable"
  image_tag_mutability = var.mutability
}
`,
    expect: {
      'aws_ecr_repository.immutable': 'COMPLIANT',
      'aws_ecr_repository.default': { status: 'NON_COMPLIANT', messageId: 'mutable' },
      'aws_ecr_repository.variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'plan: immutable and the provider default',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_ecr_repository.immutable', { name: 'immutable', image_tag_mutability: 'IMMUTABLE', image_scanning_configuration: [], encryption_configuration: [], tags: null }, { arn: true, id: true }),
        created('aws_ecr_repository.mutable', { name: 'mutable', image_tag_mutability: 'MUTABLE', image_scanning_configuration: [], encryption_configuration: [], tags: null }, { arn: true, id: true }),
      ],
    },
    expect: {
      'aws_ecr_repository.immutable': 'COMPLIANT',
      'aws_ecr_repository.mutable': { status: 'NON_COMPLIANT', messageId: 'mutable', path: ['ImageTagMutability'] },
    },
  },
] satisfies RuleCase[];
