import type { RuleCase } from '../../tester.js';
import { launchTemplateItem } from './launch-template-items.js';

export default [
  {
    name: 'config: launch templates with encrypted and unencrypted volumes',
    items: [
      launchTemplateItem('lt-0ccccccccccccccc1', { BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: true, VolumeSize: 20, VolumeType: 'gp3' } }] }),
      launchTemplateItem('lt-0ccccccccccccccc2', { BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: false, VolumeSize: 20 } }] }),
    ],
    expect: {
      'lt-0ccccccccccccccc1': { status: 'COMPLIANT', messageId: 'encrypted' },
      'lt-0ccccccccccccccc2': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
] satisfies RuleCase[];
