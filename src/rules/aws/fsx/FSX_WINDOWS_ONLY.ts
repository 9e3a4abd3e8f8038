import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';

export default defineRule({
  meta: {
    id: 'FSX_WINDOWS_ONLY',
    title: 'FSx file systems are FSx for Windows File Server',
    description:
      'Checks that every Amazon FSx file system is of type WINDOWS, for organisations that allow only FSx for Windows File Server. It follows the AWSSamples::FSxWindowsOnly::Hook CloudFormation Hook sample.',
    severity: 'low',
    recommended: false,
    whyNotRecommended:
      'Allowing only FSx for Windows File Server is one organisation\'s choice, not a best practice: Lustre, ONTAP and OpenZFS file systems are as sound. Turn it on (`rules: { FSX_WINDOWS_ONLY: on }`) where that is your policy.',
    resourceTypes: ['AWS::FSx::FileSystem'],
    messages: {
      windows: 'File system {{id}} is an FSx for Windows File Server file system.',
      otherType: 'File system {{id}} is of type {{actual}}; only WINDOWS file systems are allowed.',
      noType: 'File system {{id}} does not declare a FileSystemType; only WINDOWS file systems are allowed.',
      unknownType: 'The type of file system {{id}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Use `FileSystemType: WINDOWS` with a `WindowsConfiguration`, or get an exception for the other file system type.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Scratch:\n    Type: AWS::FSx::FileSystem\n    Properties:\n      FileSystemType: LUSTRE\n      StorageCapacity: 1200\n      SubnetIds: [subnet-0a1b2c3d]\n      LustreConfiguration:\n        DeploymentType: SCRATCH_2\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Shares:\n    Type: AWS::FSx::FileSystem\n    Properties:\n      FileSystemType: WINDOWS\n      StorageCapacity: 32\n      SubnetIds: [subnet-0a1b2c3d]\n      WindowsConfiguration:\n        ActiveDirectoryId: d-1234567890\n        ThroughputCapacity: 8\n        DeploymentType: SINGLE_AZ_2\n',
        },
      ],
    },
  },
  check(fileSystem) {
    const type = fileSystem.properties.FileSystemType;
    const path = ['FileSystemType'];
    if (isUnknown(type)) return insufficientData('unknownType', { reason: type.reason }, path);
    if (type === undefined || type === null || type === '') return nonCompliant('noType', {}, []);
    if (String(type).toUpperCase() === 'WINDOWS') return compliant('windows', {}, path);
    return nonCompliant('otherType', { actual: String(type) }, path);
  },
});
