import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const PROJECT = `
    Type: AWS::CodeBuild::Project
    Properties:
      ServiceRole: arn:aws:iam::111122223333:role/codebuild
      Artifacts: { Type: NO_ARTIFACTS }
      Environment: { Type: LINUX_CONTAINER, ComputeType: BUILD_GENERAL1_SMALL, Image: aws/codebuild/standard:7.0 }`;

export default [
  {
    name: 'Bitbucket URLs with a password, with a token, clean; a secondary source; other source types',
    template: `
Resources:
  Password:${PROJECT}
      Source:
        Type: BITBUCKET
        Location: https://builder:hunter2@bitbucket.org/acme/app.git
  Token:${PROJECT}
      Source:
        Type: BITBUCKET
        Location: https://x-token-auth:ATCTT3xFfGN0@bitbucket.org/acme/app.git
  Clean:${PROJECT}
      Source:
        Type: BITBUCKET
        Location: https://bitbucket.org/acme/app.git
  Secondary:${PROJECT}
      Source:
        Type: BITBUCKET
        Location: https://bitbucket.org/acme/app.git
      SecondarySources:
        - Type: BITBUCKET
          SourceIdentifier: shared
          Location: https://builder:hunter2@bitbucket.org/acme/shared.git
  CodeCommit:${PROJECT}
      Source:
        Type: CODECOMMIT
        Location: https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app
`,
    expect: {
      Password: { status: 'NON_COMPLIANT', messageId: 'credentials', path: ['Source', 'Location'] },
      Token: { status: 'NON_COMPLIANT', messageId: 'credentials' },
      Clean: { status: 'COMPLIANT', path: [] },
      Secondary: { status: 'NON_COMPLIANT', messageId: 'credentials', path: ['SecondarySources', 0, 'Location'] },
      CodeCommit: 'COMPLIANT',
    },
  },
  {
    name: 'locations and source types not known before deployment',
    template: `
Parameters:
  RepositoryUrl: { Type: String }
  SourceType: { Type: String, AllowedValues: [BITBUCKET, GITHUB] }
Resources:
  UnknownLocation:${PROJECT}
      Source:
        Type: BITBUCKET
        Location: !Ref RepositoryUrl
  UnknownTypeWithCredentials:${PROJECT}
      Source:
        Type: !Ref SourceType
        Location: https://builder:hunter2@bitbucket.org/acme/app.git
  UnknownTypeClean:${PROJECT}
      Source:
        Type: !Ref SourceType
        Location: https://bitbucket.org/acme/app.git
`,
    expect: {
      UnknownLocation: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['Source', 'Location'] },
      UnknownTypeWithCredentials: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['Source', 'Type'] },
      UnknownTypeClean: 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a Bitbucket source with credentials, a clean one, a secondary source from a variable',
    hcl: `
variable "shared_url" {
  type = string
}

resource "aws_codebuild_project" "leaky" {
  name         = "leaky"
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
    type     = "BITBUCKET"
    location = "https://builder:hunter2@bitbucket.org/acme/app.git"
  }
}

resource "aws_codebuild_project" "github" {
  name         = "github"
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
    type     = "BITBUCKET"
    location = "https://bitbucket.org/acme/tools.git"
  }
}

resource "aws_codebuild_project" "clean" {
  name         = "clean"
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
    type     = "BITBUCKET"
    location = "https://bitbucket.org/acme/app.git"
  }
  secondary_sources {
    type              = "BITBUCKET"
    source_identifier = "shared"
    location          = var.shared_url
  }
}
`,
    expect: {
      'aws_codebuild_project.leaky': { status: 'NON_COMPLIANT', messageId: 'credentials' },
      'aws_codebuild_project.github': 'COMPLIANT',
      'aws_codebuild_project.clean': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['SecondarySources', 0, 'Location'] },
    },
  },
  {
    name: 'plan: a Bitbucket source with credentials and a clean GitHub source',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_codebuild_project.leaky', { name: 'leaky', source: [{ type: 'BITBUCKET', location: 'https://builder:hunter2@bitbucket.org/acme/app.git' }], secondary_sources: [], environment: [{ compute_type: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', type: 'LINUX_CONTAINER', environment_variable: [] }] }, { arn: true, id: true }),
        created('aws_codebuild_project.github', { name: 'github', source: [{ type: 'GITHUB', location: 'https://github.com/acme/app.git' }], secondary_sources: [], environment: [{ compute_type: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', type: 'LINUX_CONTAINER', environment_variable: [] }] }, { arn: true, id: true }),
      ],
    },
    expect: {
      'aws_codebuild_project.leaky': { status: 'NON_COMPLIANT', messageId: 'credentials', path: ['Source', 'Location'] },
      'aws_codebuild_project.github': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
