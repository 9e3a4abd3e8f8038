import { defineRule } from '../../define.js';
import { judgeDisabled } from './notebook.js';

export default defineRule({
  meta: {
    id: 'SAGEMAKER_NOTEBOOK_INSTANCE_ROOT_ACCESS_CHECK',
    title: 'SageMaker notebook instance users do not have root access',
    description:
      'Checks that an Amazon SageMaker notebook instance sets `RootAccess` to `Disabled`. SageMaker gives notebook users root on the instance unless told otherwise, letting them change the system, its packages and its credentials.',
    severity: 'high',
    resourceTypes: ['AWS::SageMaker::NotebookInstance'],
    managedRule: 'sagemaker-notebook-instance-root-access-check',
    frameworks: { FSBP: ['SageMaker.3'], 'NIST-800-53-r5': ['AC-2(1)', 'AC-3(15)', 'AC-3(7)', 'AC-6', 'AC-6(10)', 'AC-6(2)'] },
    messages: {
      disabled: 'Users of SageMaker notebook instance {{id}} do not have root access.',
      enabled: 'Users of SageMaker notebook instance {{id}} have root access (RootAccess is {{actual}}).',
      unknown: 'Whether users of SageMaker notebook instance {{id}} have root access is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `RootAccess: Disabled`; install what the notebook needs in a lifecycle configuration, which runs as root regardless.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Notebook:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties:\n      InstanceType: ml.t3.medium\n      RoleArn: arn:aws:iam::111122223333:role/sagemaker\n      RootAccess: Enabled\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Notebook:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties:\n      InstanceType: ml.t3.medium\n      RoleArn: arn:aws:iam::111122223333:role/sagemaker\n      RootAccess: Disabled\n',
        },
      ],
    },
  },
  check(notebook) {
    return judgeDisabled(notebook, 'RootAccess', { pass: 'disabled', fail: 'enabled', unknown: 'unknown' });
  },
});
