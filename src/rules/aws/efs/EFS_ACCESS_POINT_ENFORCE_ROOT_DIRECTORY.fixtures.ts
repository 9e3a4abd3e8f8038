import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const AP = `
    Type: AWS::EFS::AccessPoint
    Properties:
      FileSystemId: fs-0a1b2c3d`;

export default [
  {
    name: 'a sub-directory, the root, no RootDirectory (the root), a path from a parameter, and a malformed block',
    template: `
Parameters:
  Path: { Type: String }
Resources:
  App:${AP}
      RootDirectory: { Path: /app }
  Root:${AP}
      RootDirectory: { Path: / }
  Defaulted:${AP}
  NoPath:${AP}
      RootDirectory: { CreationInfo: { OwnerUid: "1001", OwnerGid: "1001", Permissions: "750" } }
  FromParameter:${AP}
      RootDirectory: { Path: !Ref Path }
  Malformed:${AP}
      RootDirectory: /app
`,
    expect: {
      App: { status: 'COMPLIANT', path: ['RootDirectory', 'Path'] },
      Root: { status: 'NON_COMPLIANT', messageId: 'fileSystemRoot', path: ['RootDirectory', 'Path'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'fileSystemRoot', path: [] },
      NoPath: { status: 'NON_COMPLIANT', messageId: 'fileSystemRoot', path: ['RootDirectory'] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRoot' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRoot', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'approvedDirectories: an approved directory (with a trailing slash) and another',
    params: { approvedDirectories: '/app,/data' },
    template: `
Resources:
  Data:${AP}
      RootDirectory: { Path: /data/ }
  Other:${AP}
      RootDirectory: { Path: /scratch }
`,
    expect: {
      Data: 'COMPLIANT',
      Other: { status: 'NON_COMPLIANT', messageId: 'notApproved' },
    },
  },
  {
    name: 'hcl: root_directory with a path, and none',
    hcl: `
resource "aws_efs_access_point" "app" {
  file_system_id = "fs-0a1b2c3d"
  root_directory {
    path = "/app"
  }
}

resource "aws_efs_access_point" "root" {
  file_system_id = "fs-0a1b2c3d"
}
`,
    expect: {
      'aws_efs_access_point.app': 'COMPLIANT',
      'aws_efs_access_point.root': { status: 'NON_COMPLIANT', messageId: 'fileSystemRoot' },
    },
  },
  {
    name: 'plan: a path, a computed root directory that is not configured (the root), and a path known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_efs_access_point.app', { file_system_id: 'fs-0a1b2c3d', root_directory: [{ path: '/app', creation_info: [] }] }, { arn: true }),
        created('aws_efs_access_point.root', { file_system_id: 'fs-0a1b2c3d' }, { arn: true, root_directory: true }),
        created('aws_efs_access_point.later', { file_system_id: 'fs-0a1b2c3d', root_directory: [{ creation_info: [] }] }, { arn: true, root_directory: [{ path: true }] }),
      ],
      configuration: {
        root_module: {
          resources: [{ address: 'aws_efs_access_point.root', mode: 'managed', type: 'aws_efs_access_point', name: 'root', provider_config_key: 'aws', expressions: { file_system_id: { constant_value: 'fs-0a1b2c3d' } } }],
        },
      },
    },
    expect: {
      'aws_efs_access_point.app': 'COMPLIANT',
      'aws_efs_access_point.root': { status: 'NON_COMPLIANT', messageId: 'fileSystemRoot' },
      'aws_efs_access_point.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownRoot' },
    },
  },
] satisfies RuleCase[];
