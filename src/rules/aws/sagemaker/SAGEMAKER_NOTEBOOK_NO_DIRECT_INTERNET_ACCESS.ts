import { defineRule } from '../../define.js';
import { judgeDisabled } from './notebook.js';

export default defineRule({
  meta: {
    id: 'SAGEMAKER_NOTEBOOK_NO_DIRECT_INTERNET_ACCESS',
    title: 'SageMaker notebook instances have no direct internet access',
    description:
      'Checks that an Amazon SageMaker notebook instance sets `DirectInternetAccess` to `Disabled`. SageMaker gives notebooks a route to the internet through its own network unless told otherwise, bypassing the VPC\'s controls; without it, traffic goes through the notebook\'s subnet.',
    severity: 'high',
    resourceTypes: ['AWS::SageMaker::NotebookInstance'],
    managedRule: 'sagemaker-notebook-no-direct-internet-access',
    frameworks: {
      FSBP: ['SageMaker.1'],
      'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
      'PCI-DSS-v3.2.1': ['1.2.1', '1.3.1', '1.3.2', '1.3.4', '1.3.6'],
    },
    messages: {
      disabled: 'SageMaker notebook instance {{id}} has no direct internet access.',
      enabled: 'SageMaker notebook instance {{id}} has direct internet access (DirectInternetAccess is {{actual}}).',
      unknown: 'Whether SageMaker notebook instance {{id}} has direct internet access is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `DirectInternetAccess: Disabled` with a `SubnetId` and `SecurityGroupIds`, and give the subnet the routes (NAT gateway, VPC endpoints) the notebook needs. The setting can only be chosen when the instance is created.',
    examples: {
      noncompliant: [
        {
          cloudformation: 'Resources:\n  Notebook:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties:\n      InstanceType: ml.t3.medium\n      RoleArn: arn:aws:iam::111122223333:role/sagemaker\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Notebook:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties:\n      InstanceType: ml.t3.medium\n      RoleArn: arn:aws:iam::111122223333:role/sagemaker\n      SubnetId: subnet-0a1b2c3d\n      SecurityGroupIds: [sg-0abc1234]\n      DirectInternetAccess: Disabled\n',
        },
      ],
    },
  },
  check(notebook) {
    return judgeDisabled(notebook, 'DirectInternetAccess', { pass: 'disabled', fail: 'enabled', unknown: 'unknown' });
  },
});
