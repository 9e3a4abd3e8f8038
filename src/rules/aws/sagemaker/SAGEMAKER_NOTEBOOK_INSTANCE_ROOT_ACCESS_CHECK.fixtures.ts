import { buildConfigurationItem as item } from '../../config-fixtures.js';
import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const NOTEBOOK = `
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      RoleArn: arn:aws:iam::111122223333:role/sagemaker
      SubnetId: subnet-0a1b2c3d
      SecurityGroupIds: [sg-0abc1234]`;

/** AWS::SageMaker::NotebookInstance as Config records it (CloudFormation's names, config-resource-schema). */
const notebook = (name: string, fields: Record<string, unknown>) =>
  item('AWS::SageMaker::NotebookInstance', { NotebookInstanceName: name, InstanceType: 'ml.t3.medium', SubnetId: 'subnet-0a1b2c3d', DirectInternetAccess: 'Disabled', RootAccess: 'Disabled', ...fields }, { resourceId: name, resourceName: name });

export default [
  {
    name: 'RootAccess Disabled, Enabled, not set (default Enabled), from parameters, malformed',
    template: `
Parameters:
  Access: { Type: String, AllowedValues: [Enabled, Disabled] }
  DefaultAccess: { Type: String, Default: Disabled }
Resources:
  Disabled:${NOTEBOOK}
      RootAccess: Disabled
  Enabled:${NOTEBOOK}
      RootAccess: Enabled
  NotSet:${NOTEBOOK}
  FromParameter:${NOTEBOOK}
      RootAccess: !Ref Access
  FromDefault:${NOTEBOOK}
      RootAccess: !Ref DefaultAccess
  Malformed:${NOTEBOOK}
      RootAccess: [Disabled]
`,
    expect: {
      Disabled: { status: 'COMPLIANT', path: ['RootAccess'] },
      Enabled: { status: 'NON_COMPLIANT', messageId: 'enabled', path: ['RootAccess'] },
      NotSet: { status: 'NON_COMPLIANT', messageId: 'enabled', path: [], messageIncludes: 'default Enabled' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['RootAccess'] },
      FromDefault: 'COMPLIANT',
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: root_access Disabled, the provider default, and from a variable',
    hcl: `
variable "access" {
  type = string
}

resource "aws_sagemaker_notebook_instance" "locked" {
  name          = "locked"
  instance_type = "ml.t3.medium"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  subnet_id     = "subnet-0a1b2c3d"
  root_access = "Disabled"
}

resource "aws_sagemaker_notebook_instance" "default" {
  name          = "default"
  instance_type = "ml.t3.medium"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
}

resource "aws_sagemaker_notebook_instance" "variable" {
  name          = "variable"
  instance_type = "ml.t3.medium"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker"
  root_access = var.access
}
`,
    expect: {
      'aws_sagemaker_notebook_instance.locked': 'COMPLIANT',
      'aws_sagemaker_notebook_instance.default': { status: 'NON_COMPLIANT', messageId: 'enabled' },
      'aws_sagemaker_notebook_instance.variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'plan: root_access Disabled, Enabled (the provider default written out), known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_sagemaker_notebook_instance.locked', { name: 'locked', instance_type: 'ml.t3.medium', direct_internet_access: 'Disabled', root_access: 'Disabled', subnet_id: 'subnet-0a1b2c3d' }, { arn: true, id: true, role_arn: true }),
        created('aws_sagemaker_notebook_instance.open', { name: 'open', instance_type: 'ml.t3.medium', direct_internet_access: 'Enabled', root_access: 'Enabled' }, { arn: true, id: true, role_arn: true }),
        created('aws_sagemaker_notebook_instance.later', { name: 'later', instance_type: 'ml.t3.medium' }, { arn: true, id: true, role_arn: true, direct_internet_access: true, root_access: true }),
      ],
    },
    expect: {
      'aws_sagemaker_notebook_instance.locked': 'COMPLIANT',
      'aws_sagemaker_notebook_instance.open': { status: 'NON_COMPLIANT', messageId: 'enabled', path: ['RootAccess'] },
      'aws_sagemaker_notebook_instance.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'config: RootAccess Disabled, Enabled, not recorded',
    items: [notebook('locked', {}), notebook('open', { RootAccess: 'Enabled' }), notebook('unrecorded', { RootAccess: undefined })],
    expect: {
      locked: 'COMPLIANT',
      open: { status: 'NON_COMPLIANT', messageId: 'enabled' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
