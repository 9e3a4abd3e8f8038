import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'repository scan on push without a registry configuration in the template',
    template: `
Parameters:
  ScanOnPush: { Type: String, AllowedValues: ['true', 'false'] }
Resources:
  OnPush:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: web
      ImageScanningConfiguration:
        ScanOnPush: true
  NoScan:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: api
      ImageScanningConfiguration:
        ScanOnPush: false
  NotSet:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: jobs
  FromParameter:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: batch
      ImageScanningConfiguration:
        ScanOnPush: !Ref ScanOnPush
  Malformed:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: tools
      ImageScanningConfiguration:
        ScanOnPush: sometimes
`,
    expect: {
      OnPush: { status: 'COMPLIANT', messageId: 'scanOnPush', path: ['ImageScanningConfiguration', 'ScanOnPush'] },
      NoScan: { status: 'INSUFFICIENT_DATA', messageId: 'registryOutside', path: ['ImageScanningConfiguration', 'ScanOnPush'] },
      NotSet: { status: 'INSUFFICIENT_DATA', messageId: 'registryOutside', path: [], messageIncludes: 'default false' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'enhanced registry scanning: covered by a wildcard filter, by a contains filter, not covered, repository setting ignored',
    template: `
Resources:
  Registry:
    Type: AWS::ECR::RegistryScanningConfiguration
    Properties:
      ScanType: ENHANCED
      Rules:
        - ScanFrequency: CONTINUOUS_SCAN
          RepositoryFilters:
            - { Filter: 'prod-*', FilterType: WILDCARD }
        - ScanFrequency: SCAN_ON_PUSH
          RepositoryFilters:
            - { Filter: payments, FilterType: WILDCARD }
  Prod:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: prod-web
  Payments:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: team-payments-api
  Sandbox:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: sandbox-web
      ImageScanningConfiguration:
        ScanOnPush: true
`,
    expect: {
      Prod: { status: 'COMPLIANT', messageId: 'registryScans', messageIncludes: 'ENHANCED' },
      Payments: 'COMPLIANT',
      Sandbox: { status: 'NON_COMPLIANT', messageId: 'notScanned', messageIncludes: 'enhanced' },
    },
  },
  {
    name: 'basic registry scanning: manual rules only, a repository scanning on push, a conditional registry configuration',
    template: `
Parameters:
  Stage: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  Registry:
    Type: AWS::ECR::RegistryScanningConfiguration
    Condition: IsProd
    Properties:
      ScanType: BASIC
      Rules:
        - ScanFrequency: SCAN_ON_PUSH
          RepositoryFilters:
            - { Filter: '*', FilterType: WILDCARD }
  Manual:
    Type: AWS::ECR::RegistryScanningConfiguration
    Properties:
      ScanType: BASIC
      Rules:
        - ScanFrequency: MANUAL
          RepositoryFilters:
            - { Filter: '*', FilterType: WILDCARD }
  Web:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: web
  OnPush:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: api
      ImageScanningConfiguration:
        ScanOnPush: true
`,
    expect: {
      Web: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'IsProd' },
      OnPush: 'COMPLIANT',
    },
  },
  {
    name: 'basic registry configuration that covers nothing for this repository',
    template: `
Resources:
  Registry:
    Type: AWS::ECR::RegistryScanningConfiguration
    Properties:
      ScanType: BASIC
      Rules:
        - ScanFrequency: SCAN_ON_PUSH
          RepositoryFilters:
            - { Filter: 'prod-*', FilterType: WILDCARD }
  Dev:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: dev-web
`,
    expect: { Dev: { status: 'NON_COMPLIANT', messageId: 'notScanned' } },
  },
  {
    name: 'hcl: scan_on_push, and an enhanced registry configuration covering one repository',
    hcl: `
resource "aws_ecr_repository" "scanned" {
  name = "scanned"
  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "prod" {
  name = "prod-api"
}

resource "aws_ecr_repository" "dev" {
  name = "dev-api"
  image_scanning_configuration {
    scan_on_push = false
  }
}

resource "aws_ecr_registry_scanning_configuration" "this" {
  scan_type = "ENHANCED"
  rule {
    scan_frequency = "CONTINUOUS_SCAN"
    repository_filter {
      filter      = "prod-*"
      filter_type = "WILDCARD"
    }
  }
}
`,
    expect: {
      'aws_ecr_repository.scanned': { status: 'NON_COMPLIANT', messageId: 'notScanned' },
      'aws_ecr_repository.prod': { status: 'COMPLIANT', messageId: 'registryScans' },
      'aws_ecr_repository.dev': { status: 'NON_COMPLIANT', messageId: 'notScanned' },
    },
  },
  {
    name: 'hcl: no registry configuration in the module',
    hcl: `
variable "scan" {
  type = bool
}

resource "aws_ecr_repository" "scanned" {
  name = "scanned"
  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "off" {
  name = "off"
}

resource "aws_ecr_repository" "variable" {
  name = "variable"
  image_scanning_configuration {
    scan_on_push = var.scan
  }
}
`,
    expect: {
      'aws_ecr_repository.scanned': 'COMPLIANT',
      'aws_ecr_repository.off': { status: 'INSUFFICIENT_DATA', messageId: 'registryOutside' },
      'aws_ecr_repository.variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'plan: scan on push, a basic registry rule covering nothing',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_ecr_repository.scanned', { name: 'scanned', image_tag_mutability: 'MUTABLE', image_scanning_configuration: [{ scan_on_push: true }], encryption_configuration: [], force_delete: null, tags: null }, { arn: true, id: true, registry_id: true, repository_url: true }),
        created('aws_ecr_repository.off', { name: 'off', image_tag_mutability: 'MUTABLE', image_scanning_configuration: [{ scan_on_push: false }], encryption_configuration: [], force_delete: null, tags: null }, { arn: true, id: true }),
        created('aws_ecr_registry_scanning_configuration.this', { scan_type: 'BASIC', rule: [{ scan_frequency: 'SCAN_ON_PUSH', repository_filter: [{ filter: 'prod-*', filter_type: 'WILDCARD' }] }] }, { id: true, registry_id: true }),
      ],
    },
    expect: {
      'aws_ecr_repository.scanned': 'COMPLIANT',
      'aws_ecr_repository.off': { status: 'NON_COMPLIANT', messageId: 'notScanned' },
    },
  },
] satisfies RuleCase[];
