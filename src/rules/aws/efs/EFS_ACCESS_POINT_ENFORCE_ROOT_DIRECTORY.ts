import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { objectSetting, stringSetting } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';
import { ACCESS_POINT } from './examples.js';

/** `/data/`, `data` and `/data` name the same directory. */
function normalise(path: string): string {
  const trimmed = path.trim().replace(/\/+$/, '');
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

export default defineRule<{ approvedDirectories?: string[] }>({
  meta: {
    id: 'EFS_ACCESS_POINT_ENFORCE_ROOT_DIRECTORY',
    title: 'EFS access points enforce a root directory',
    description:
      'Checks that an Amazon EFS access point confines its clients to a directory of the file system (RootDirectory.Path other than /, the file system root it uses when unset) and, when approvedDirectories is given, to one of those directories.',
    severity: 'medium',
    resourceTypes: ['AWS::EFS::AccessPoint'],
    managedRule: 'efs-access-point-enforce-root-directory',
    frameworks: { FSBP: ['EFS.3'], 'NIST-800-53-r5': ['AC-6(10)'] },
    parameters: {
      approvedDirectories: { type: 'string-list', description: 'Directories approved as access point roots (any directory other than / when absent).' },
    },
    messages: {
      enforced: 'Access point {{id}} confines its clients to {{path}}.',
      fileSystemRoot: 'Access point {{id}} gives its clients the file system root ({{why}}).',
      notApproved: 'Access point {{id}} confines its clients to {{path}}, which is not one of {{approved}}.',
      unknownRoot: 'Which directory access point {{id}} confines its clients to is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `RootDirectory.Path` to the application\'s directory (with `CreationInfo` so EFS creates it with the right owner).',
    examples: {
      noncompliant: [{ cloudformation: ACCESS_POINT }],
      compliant: [{ cloudformation: `${ACCESS_POINT}      RootDirectory:\n        Path: /app\n        CreationInfo: { OwnerUid: "1001", OwnerGid: "1001", Permissions: "750" }\n` }],
    },
  },
  check(accessPoint, { params }) {
    const block = objectSetting(accessPoint, ['RootDirectory']);
    if (isUnknown(block)) return insufficientData('unknownRoot', { reason: `RootDirectory is ${block.reason}` }, ['RootDirectory']);
    const path = stringSetting(accessPoint, ['RootDirectory', 'Path'], '/') ?? '/';
    const where = block?.Path === undefined ? (block === undefined ? [] : ['RootDirectory']) : ['RootDirectory', 'Path'];
    if (isUnknown(path)) return insufficientData('unknownRoot', { reason: `RootDirectory.Path is ${path.reason}` }, where);
    const directory = normalise(path);
    if (directory === '/') return nonCompliant('fileSystemRoot', { why: block?.Path === undefined ? 'RootDirectory.Path is not set' : `RootDirectory.Path is ${path}` }, where);
    const approved = params.approvedDirectories ?? [];
    if (approved.length > 0 && !approved.map(normalise).includes(directory)) return nonCompliant('notApproved', { path: directory, approved: approved.join(', ') }, where);
    return compliant('enforced', { path: directory }, where);
  },
});
