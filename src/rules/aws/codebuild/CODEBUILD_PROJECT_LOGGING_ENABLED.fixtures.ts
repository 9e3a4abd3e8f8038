import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const PROJECT = `
    Type: AWS::CodeBuild::Project
    Properties:
      Name: app
      ServiceRole: arn:aws:iam::111122223333:role/codebuild
      Artifacts: { Type: NO_ARTIFACTS }
      Environment: { Type: LINUX_CONTAINER, ComputeType: BUILD_GENERAL1_SMALL, Image: aws/codebuild/standard:7.0 }
      Source: { Type: CODECOMMIT, Location: https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app }`;

export default [
  {
    name: 'defaults (CloudWatch on), CloudWatch off, both off, S3 only',
    template: `
Resources:
  Default:${PROJECT}
  CloudWatchOff:${PROJECT}
      LogsConfig:
        CloudWatchLogs:
          Status: DISABLED
  BothOff:${PROJECT}
      LogsConfig:
        CloudWatchLogs:
          Status: DISABLED
        S3Logs:
          Status: DISABLED
  S3Only:${PROJECT}
      LogsConfig:
        CloudWatchLogs:
          Status: DISABLED
        S3Logs:
          Status: ENABLED
          Location: build-logs-111122223333/app
`,
    expect: {
      Default: { status: 'COMPLIANT', path: [], messageIncludes: '/aws/codebuild/app' },
      CloudWatchOff: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['LogsConfig'] },
      BothOff: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      S3Only: { status: 'COMPLIANT', path: ['LogsConfig', 'S3Logs'] },
    },
  },
  {
    name: 'allowed groups and buckets given',
    params: { cloudWatchGroupNames: '/builds/central', s3BucketNames: 'build-logs-111122223333' },
    template: `
Resources:
  CentralGroup:${PROJECT}
      LogsConfig:
        CloudWatchLogs:
          Status: ENABLED
          GroupName: /builds/central
  DefaultGroup:${PROJECT}
  AllowedBucket:${PROJECT}
      LogsConfig:
        S3Logs:
          Status: ENABLED
          Location: build-logs-111122223333/app
`,
    expect: {
      CentralGroup: 'COMPLIANT',
      DefaultGroup: { status: 'NON_COMPLIANT', messageId: 'otherDestination' },
      AllowedBucket: { status: 'COMPLIANT', path: ['LogsConfig', 'S3Logs'] },
    },
  },
  {
    name: 'statuses not known before deployment, and a malformed status',
    template: `
Parameters:
  LogStatus: { Type: String, AllowedValues: [ENABLED, DISABLED] }
Resources:
  UnknownStatus:${PROJECT}
      LogsConfig:
        CloudWatchLogs:
          Status: !Ref LogStatus
  UnknownButS3On:${PROJECT}
      LogsConfig:
        CloudWatchLogs:
          Status: !Ref LogStatus
        S3Logs:
          Status: ENABLED
          Location: build-logs-111122223333/app
  Malformed:${PROJECT}
      LogsConfig:
        CloudWatchLogs:
          Status: 'off'
`,
    expect: {
      UnknownStatus: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['LogsConfig', 'CloudWatchLogs'] },
      UnknownButS3On: 'COMPLIANT',
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: logs_config with CloudWatch disabled, none, S3 enabled',
    hcl: `
resource "aws_codebuild_project" "silent" {
  name         = "silent"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type     = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app"
  }
  logs_config {
    cloudwatch_logs {
      status = "DISABLED"
    }
  }
}

resource "aws_codebuild_project" "default" {
  name         = "default"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type     = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app"
  }
}

resource "aws_codebuild_project" "s3" {
  name         = "s3"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type     = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app"
  }
  logs_config {
    cloudwatch_logs {
      status = "DISABLED"
    }
    s3_logs {
      status   = "ENABLED"
      location = "build-logs-111122223333/s3"
    }
  }
}
`,
    expect: {
      'aws_codebuild_project.silent': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_codebuild_project.default': 'COMPLIANT',
      'aws_codebuild_project.s3': 'COMPLIANT',
    },
  },
  {
    name: 'plan: CloudWatch and S3 both disabled, and the provider defaults',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_codebuild_project.silent', { name: 'silent', source: [{ type: 'NO_SOURCE', buildspec: 'version: 0.2' }], environment: [{ compute_type: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', type: 'LINUX_CONTAINER', environment_variable: [] }], logs_config: [{ cloudwatch_logs: [{ status: 'DISABLED', group_name: '', stream_name: '' }], s3_logs: [{ status: 'DISABLED', location: '', encryption_disabled: false }] }] }, { arn: true, id: true }),
        created('aws_codebuild_project.logged', { name: 'logged', source: [{ type: 'NO_SOURCE', buildspec: 'version: 0.2' }], environment: [{ compute_type: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', type: 'LINUX_CONTAINER', environment_variable: [] }], logs_config: [] }, { arn: true, id: true }),
      ],
    },
    expect: {
      'aws_codebuild_project.silent': { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['LogsConfig'] },
      'aws_codebuild_project.logged': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
