import { buildConfigurationItem as item } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** DescribeFileSystems output, camelCase as Config records describe output. */
const fileSystem = (id: string, fileSystemType: string) =>
  item('AWS::FSx::FileSystem', { fileSystemId: id, fileSystemType, lifecycle: 'AVAILABLE', storageCapacity: 1200, storageType: 'SSD', vpcId: 'vpc-0990dc6d', subnetIds: ['subnet-a'] }, { resourceId: id });

export default [
  {
    name: 'config: a Windows and a Lustre file system',
    items: [fileSystem('fs-0windows', 'WINDOWS'), fileSystem('fs-0lustre', 'LUSTRE')],
    expect: {
      'fs-0windows': { status: 'COMPLIANT', messageId: 'windows' },
      'fs-0lustre': { status: 'NON_COMPLIANT', messageId: 'otherType' },
    },
  },
] satisfies RuleCase[];
