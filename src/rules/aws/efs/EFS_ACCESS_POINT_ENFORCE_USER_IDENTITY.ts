import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { objectSetting, stringSetting } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';
import { ACCESS_POINT } from './examples.js';

export default defineRule<{ approvedUids?: string[]; approvedGids?: string[] }>({
  meta: {
    id: 'EFS_ACCESS_POINT_ENFORCE_USER_IDENTITY',
    title: 'EFS access points enforce a user identity',
    description:
      'Checks that an Amazon EFS access point replaces its clients\' POSIX identity with its own (PosixUser) and, when approvedUids or approvedGids is given, that its user id (Uid) and group id (Gid) are among them.',
    severity: 'medium',
    resourceTypes: ['AWS::EFS::AccessPoint'],
    managedRule: 'efs-access-point-enforce-user-identity',
    frameworks: { FSBP: ['EFS.4'], 'NIST-800-53-r5': ['AC-6(2)'] },
    parameters: {
      approvedUids: { type: 'string-list', description: 'POSIX user ids approved for access points (any when absent).' },
      approvedGids: { type: 'string-list', description: 'POSIX group ids approved for access points (any when absent).' },
    },
    messages: {
      enforced: 'Access point {{id}} enforces user {{uid}} and group {{gid}}.',
      noIdentity: 'Access point {{id}} does not enforce a user identity (PosixUser is not set).',
      notApproved: 'Access point {{id}} enforces {{what}} {{value}}, which is not one of {{approved}}.',
      unknownIdentity: 'Which user identity access point {{id}} enforces is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `PosixUser: { Uid, Gid }` on the access point to the identity the application should act as.',
    examples: {
      noncompliant: [{ cloudformation: ACCESS_POINT }],
      compliant: [{ cloudformation: `${ACCESS_POINT}      PosixUser:\n        Uid: "1001"\n        Gid: "1001"\n` }],
    },
  },
  check(accessPoint, { params }) {
    const user = objectSetting(accessPoint, ['PosixUser']);
    if (user === undefined) return nonCompliant('noIdentity', {}, []);
    if (isUnknown(user)) return insufficientData('unknownIdentity', { reason: `PosixUser is ${user.reason}` }, ['PosixUser']);
    const ids = { uid: stringSetting(accessPoint, ['PosixUser', 'Uid']), gid: stringSetting(accessPoint, ['PosixUser', 'Gid']) };
    const checks = [
      { what: 'user id', value: ids.uid, approved: params.approvedUids ?? [], path: ['PosixUser', 'Uid'] },
      { what: 'group id', value: ids.gid, approved: params.approvedGids ?? [], path: ['PosixUser', 'Gid'] },
    ];
    for (const check of checks) {
      if (typeof check.value === 'string' && check.approved.length > 0 && !check.approved.includes(check.value.trim())) {
        return nonCompliant('notApproved', { what: check.what, value: check.value, approved: check.approved.join(', ') }, check.path);
      }
    }
    for (const check of checks) {
      if (isUnknown(check.value)) return insufficientData('unknownIdentity', { reason: `${check.path.join('.')} is ${check.value.reason}` }, check.path);
      if (check.value === undefined) return insufficientData('unknownIdentity', { reason: `malformed: ${check.path.join('.')} is not set` }, check.path);
    }
    return compliant('enforced', { uid: String(ids.uid), gid: String(ids.gid) }, ['PosixUser']);
  },
});
