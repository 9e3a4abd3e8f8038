import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const PROJECT = `
    Type: AWS::CodeBuild::Project
    Properties:
      ServiceRole: arn:aws:iam::111122223333:role/codebuild
      Artifacts: { Type: NO_ARTIFACTS }
      Source: { Type: CODECOMMIT, Location: https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app }
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_SMALL
        Image: aws/codebuild/standard:7.0`;

export default [
  {
    name: 'credentials as plain text (default and explicit type), from Secrets Manager, other variables, none',
    template: `
Resources:
  DefaultType:${PROJECT}
        EnvironmentVariables:
          - Name: STAGE
            Value: prod
          - Name: AWS_ACCESS_KEY_ID
            Value: AKIAIOSFODNN7EXAMPLE
  Plaintext:${PROJECT}
        EnvironmentVariables:
          - Name: AWS_SECRET_ACCESS_KEY
            Type: PLAINTEXT
            Value: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
  FromSecret:${PROJECT}
        EnvironmentVariables:
          - Name: AWS_SECRET_ACCESS_KEY
            Type: SECRETS_MANAGER
            Value: deploy/credentials:secret_access_key
  Other:${PROJECT}
        EnvironmentVariables:
          - Name: STAGE
            Value: prod
  NoVariables:${PROJECT}
`,
    expect: {
      DefaultType: { status: 'NON_COMPLIANT', messageId: 'plaintext', path: ['Environment', 'EnvironmentVariables', 1], messageIncludes: 'AWS_ACCESS_KEY_ID' },
      Plaintext: { status: 'NON_COMPLIANT', messageId: 'plaintext' },
      FromSecret: { status: 'COMPLIANT', path: ['Environment', 'EnvironmentVariables'] },
      Other: 'COMPLIANT',
      NoVariables: { status: 'COMPLIANT', path: [] },
    },
  },
  {
    name: 'variable names and types not known before deployment, a malformed list',
    template: `
Parameters:
  VariableName: { Type: String }
  VariableType: { Type: String, AllowedValues: [PLAINTEXT, PARAMETER_STORE] }
Resources:
  UnknownName:${PROJECT}
        EnvironmentVariables:
          - Name: !Ref VariableName
            Value: x
  UnknownType:${PROJECT}
        EnvironmentVariables:
          - Name: AWS_ACCESS_KEY_ID
            Type: !Ref VariableType
            Value: /deploy/key
  UnknownNameAndPlaintextKey:${PROJECT}
        EnvironmentVariables:
          - Name: !Ref VariableName
            Value: x
          - Name: AWS_SECRET_ACCESS_KEY
            Value: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
  Malformed:${PROJECT}
        EnvironmentVariables: { Name: AWS_ACCESS_KEY_ID, Value: AKIAIOSFODNN7EXAMPLE }
`,
    expect: {
      UnknownName: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['Environment', 'EnvironmentVariables', 0] },
      UnknownType: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      UnknownNameAndPlaintextKey: { status: 'NON_COMPLIANT', messageId: 'plaintext' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: environment_variable blocks in plain text and from Parameter Store',
    hcl: `
resource "aws_codebuild_project" "plain" {
  name         = "plain"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  source {
    type     = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
    environment_variable {
      name  = "AWS_ACCESS_KEY_ID"
      value = "AKIAIOSFODNN7EXAMPLE"
    }
  }
}

resource "aws_codebuild_project" "parameter" {
  name         = "parameter"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  source {
    type     = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
    environment_variable {
      name  = "AWS_ACCESS_KEY_ID"
      type  = "PARAMETER_STORE"
      value = "/deploy/access-key-id"
    }
  }
}
`,
    expect: {
      'aws_codebuild_project.plain': { status: 'NON_COMPLIANT', messageId: 'plaintext' },
      'aws_codebuild_project.parameter': 'COMPLIANT',
    },
  },
  {
    name: 'plan: plain-text key (the provider fills in PLAINTEXT), ordinary variables',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_codebuild_project.plain', { name: 'plain', source: [{ type: 'NO_SOURCE', location: '', buildspec: 'version: 0.2' }], environment: [{ compute_type: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', type: 'LINUX_CONTAINER', environment_variable: [{ name: 'AWS_SECRET_ACCESS_KEY', type: 'PLAINTEXT', value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }] }], logs_config: [] }, { arn: true, id: true }),
        created('aws_codebuild_project.ordinary', { name: 'ordinary', source: [{ type: 'NO_SOURCE', location: '', buildspec: 'version: 0.2' }], environment: [{ compute_type: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', type: 'LINUX_CONTAINER', environment_variable: [{ name: 'STAGE', type: 'PLAINTEXT', value: 'prod' }] }], logs_config: [] }, { arn: true, id: true }),
      ],
    },
    expect: {
      'aws_codebuild_project.plain': { status: 'NON_COMPLIANT', messageId: 'plaintext', path: ['Environment', 'EnvironmentVariables', 0] },
      'aws_codebuild_project.ordinary': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
