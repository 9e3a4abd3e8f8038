import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const AP = `
    Type: AWS::EFS::AccessPoint
    Properties:
      FileSystemId: fs-0a1b2c3d`;

export default [
  {
    name: 'a POSIX user, none, ids from parameters, and a user without a group id',
    template: `
Parameters:
  Uid: { Type: String }
Resources:
  Enforced:${AP}
      PosixUser: { Uid: "1001", Gid: "1001" }
  Open:${AP}
  FromParameter:${AP}
      PosixUser: { Uid: !Ref Uid, Gid: "1001" }
  NoGroup:${AP}
      PosixUser: { Uid: "1001" }
`,
    expect: {
      Enforced: { status: 'COMPLIANT', path: ['PosixUser'] },
      Open: { status: 'NON_COMPLIANT', messageId: 'noIdentity', path: [] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIdentity' },
      NoGroup: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIdentity', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'approvedUids and approvedGids: approved ids, an unapproved user, an unapproved group, and an unapproved id beside an unknown one',
    params: { approvedUids: '1001,1002', approvedGids: '1001' },
    template: `
Parameters:
  Uid: { Type: String }
Resources:
  Approved:${AP}
      PosixUser: { Uid: 1002, Gid: 1001 }
  OtherUser:${AP}
      PosixUser: { Uid: "0", Gid: "1001" }
  OtherGroup:${AP}
      PosixUser: { Uid: "1001", Gid: "0" }
  UnknownUserOtherGroup:${AP}
      PosixUser: { Uid: !Ref Uid, Gid: "0" }
`,
    expect: {
      Approved: 'COMPLIANT',
      OtherUser: { status: 'NON_COMPLIANT', messageId: 'notApproved', path: ['PosixUser', 'Uid'] },
      OtherGroup: { status: 'NON_COMPLIANT', messageId: 'notApproved', path: ['PosixUser', 'Gid'] },
      UnknownUserOtherGroup: { status: 'NON_COMPLIANT', messageId: 'notApproved', path: ['PosixUser', 'Gid'] },
    },
  },
  {
    name: 'hcl: posix_user set and absent',
    hcl: `
resource "aws_efs_access_point" "enforced" {
  file_system_id = "fs-0a1b2c3d"
  posix_user {
    uid = 1001
    gid = 1001
  }
}

resource "aws_efs_access_point" "open" {
  file_system_id = "fs-0a1b2c3d"
}
`,
    expect: {
      'aws_efs_access_point.enforced': 'COMPLIANT',
      'aws_efs_access_point.open': { status: 'NON_COMPLIANT', messageId: 'noIdentity' },
    },
  },
  {
    name: 'plan: a POSIX user, none, and a user id known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_efs_access_point.enforced', { file_system_id: 'fs-0a1b2c3d', posix_user: [{ uid: 1001, gid: 1001 }] }, { arn: true }),
        created('aws_efs_access_point.open', { file_system_id: 'fs-0a1b2c3d', posix_user: [] }, { arn: true }),
        created('aws_efs_access_point.later', { file_system_id: 'fs-0a1b2c3d', posix_user: [{ gid: 1001 }] }, { arn: true, posix_user: [{ uid: true }] }),
      ],
    },
    expect: {
      'aws_efs_access_point.enforced': 'COMPLIANT',
      'aws_efs_access_point.open': { status: 'NON_COMPLIANT', messageId: 'noIdentity' },
      'aws_efs_access_point.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIdentity' },
    },
  },
] satisfies RuleCase[];
