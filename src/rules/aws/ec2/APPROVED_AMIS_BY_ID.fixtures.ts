import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const APPROVED = ['ami-0abcdef1234567890', 'ami-0fedcba0987654321'];

/** A `resource_changes` entry that creates `address` (`module.m.aws_type.name[0]`), as `terraform show -json` writes it. */

export default [
  {
    name: 'approved and unapproved AMIs',
    params: { amiIds: APPROVED.join(',') },
    template: `
Resources:
  Approved:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      ImageId: ami-0abcdef1234567890
  Unapproved:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      ImageId: ami-0123456789abcdef0
  NoImage:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
`,
    expect: {
      Approved: { status: 'COMPLIANT', path: ['ImageId'] },
      Unapproved: { status: 'NON_COMPLIANT', messageId: 'notApproved', path: ['ImageId'], messageIncludes: 'ami-0123456789abcdef0' },
      NoImage: { status: 'NON_COMPLIANT', messageId: 'noImage' },
    },
  },
  {
    name: 'without an approved list no AMI can be judged: insufficient data asking for amiIds; no AMI at all still fails',
    template: `
Resources:
  Instance:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      ImageId: ami-0123456789abcdef0
  Template:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: ami-0abcdef1234567890
  NoImage:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
`,
    expect: {
      Instance: { status: 'INSUFFICIENT_DATA', messageId: 'notConfigured', path: ['ImageId'], messageIncludes: 'amiIds' },
      Template: { status: 'INSUFFICIENT_DATA', messageId: 'notConfigured', path: ['LaunchTemplateData', 'ImageId'] },
      NoImage: { status: 'NON_COMPLIANT', messageId: 'noImage' },
    },
  },
  {
    name: 'AMIs from a region mapping, a parameter default and a decidable condition',
    params: { amiIds: APPROVED },
    inputs: { region: 'eu-west-1', parameters: { Hardened: 'yes' } },
    template: `
Parameters:
  BaseAmi: { Type: AWS::EC2::Image::Id, Default: ami-0fedcba0987654321 }
  Hardened: { Type: String, Default: 'no' }
Mappings:
  RegionAmis:
    eu-west-1: { Base: ami-0abcdef1234567890 }
    us-east-1: { Base: ami-0aaaaaaaaaaaaaaaa }
Conditions:
  UseHardened: !Equals [!Ref Hardened, 'yes']
Resources:
  FromMapping:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      ImageId: !FindInMap [RegionAmis, !Ref AWS::Region, Base]
  FromParameter:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      ImageId: !Ref BaseAmi
  FromCondition:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      ImageId: !If [UseHardened, ami-0abcdef1234567890, ami-0123456789abcdef0]
`,
    expect: { FromMapping: 'COMPLIANT', FromParameter: 'COMPLIANT', FromCondition: 'COMPLIANT' },
  },
  {
    name: 'AMIs that can not be known before deployment',
    params: { amiIds: APPROVED },
    template: `
Parameters:
  LatestAmi:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64
Mappings:
  RegionAmis:
    eu-west-1: { Base: ami-0abcdef1234567890 }
Resources:
  FromSsmParameter:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      ImageId: !Ref LatestAmi
  FromDynamicReference:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      ImageId: '{{resolve:ssm:/golden/ami-id}}'
  ByUnknownRegion:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      ImageId: !FindInMap [RegionAmis, !Ref AWS::Region, Base]
`,
    expect: {
      FromSsmParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownImage', path: ['ImageId'], messageIncludes: 'SSM' },
      FromDynamicReference: { status: 'INSUFFICIENT_DATA', messageId: 'unknownImage' },
      ByUnknownRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknownImage' },
    },
  },
  {
    name: 'instances launched from launch templates',
    params: { amiIds: APPROVED },
    template: `
Resources:
  GoldenTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: golden
      LaunchTemplateData:
        ImageId: ami-0fedcba0987654321
        InstanceType: t3.micro
  LegacyTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: ami-0123456789abcdef0
  BareTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        InstanceType: t3.micro
  FromGoldenByRef:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate:
        LaunchTemplateId: !Ref GoldenTemplate
        Version: !GetAtt GoldenTemplate.LatestVersionNumber
  FromGoldenByName:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate:
        LaunchTemplateName: golden
        Version: '1'
  FromLegacy:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate:
        LaunchTemplateId: !Ref LegacyTemplate
        Version: !GetAtt LegacyTemplate.LatestVersionNumber
  FromSharedTemplate:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate:
        LaunchTemplateName: platform-base
        Version: '3'
  OverridesTemplate:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      LaunchTemplate:
        LaunchTemplateId: !Ref LegacyTemplate
        Version: '1'
`,
    expect: {
      GoldenTemplate: { status: 'COMPLIANT', path: ['LaunchTemplateData', 'ImageId'] },
      LegacyTemplate: { status: 'NON_COMPLIANT', messageId: 'notApproved' },
      BareTemplate: { status: 'NOT_APPLICABLE', messageId: 'noImageInTemplate' },
      FromGoldenByRef: { status: 'COMPLIANT', path: ['LaunchTemplate'] },
      FromGoldenByName: 'COMPLIANT',
      FromLegacy: { status: 'NON_COMPLIANT', messageId: 'notApproved', messageIncludes: 'launch template LegacyTemplate' },
      FromSharedTemplate: { status: 'INSUFFICIENT_DATA', messageId: 'externalTemplate', path: ['LaunchTemplate'] },
      OverridesTemplate: 'COMPLIANT',
    },
  },
  {
    name: 'AMIs built with Fn::Sub from a parameter default and a region mapping in a variable map',
    params: { amiIds: APPROVED },
    inputs: { region: 'eu-west-1' },
    template: `
Parameters:
  GoldenAmi: { Type: AWS::EC2::Image::Id, Default: ami-0fedcba0987654321 }
  LegacyAmiSuffix: { Type: String, Default: 0123456789abcdef0 }
Mappings:
  RegionAmis:
    eu-west-1: { Base: ami-0abcdef1234567890 }
    us-east-1: { Base: ami-0aaaaaaaaaaaaaaaa }
Resources:
  FromSubParameter:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      ImageId: !Sub '\${GoldenAmi}'
  FromSubMapping:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        InstanceType: t3.micro
        ImageId: !Sub
          - '\${Ami}'
          - Ami: !FindInMap [RegionAmis, !Ref AWS::Region, Base]
  LegacyBuiltWithSub:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      ImageId: !Sub 'ami-\${LegacyAmiSuffix}'
`,
    expect: {
      FromSubParameter: { status: 'COMPLIANT', path: ['ImageId'] },
      FromSubMapping: { status: 'COMPLIANT', path: ['LaunchTemplateData', 'ImageId'] },
      LegacyBuiltWithSub: { status: 'NON_COMPLIANT', messageId: 'notApproved', path: ['ImageId'], messageIncludes: 'ami-0123456789abcdef0' },
    },
  },
  {
    name: 'AMIs built with Fn::Sub from values known only at deployment: the region, and an Image Builder image',
    params: { amiIds: APPROVED },
    template: `
Mappings:
  RegionAmis:
    eu-west-1: { Base: ami-0abcdef1234567890 }
    us-east-1: { Base: ami-0aaaaaaaaaaaaaaaa }
Resources:
  GoldenImage:
    Type: AWS::ImageBuilder::Image
    Properties:
      ImageRecipeArn: arn:aws:imagebuilder:eu-west-1:111122223333:image-recipe/golden/1.0.0
      InfrastructureConfigurationArn: arn:aws:imagebuilder:eu-west-1:111122223333:infrastructure-configuration/golden
  ByRegion:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      ImageId: !Sub
        - '\${Ami}'
        - Ami: !FindInMap [RegionAmis, !Ref AWS::Region, Base]
  FromImageBuilder:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        InstanceType: t3.micro
        ImageId: !Sub '\${GoldenImage.ImageId}'
`,
    expect: {
      ByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknownImage', path: ['ImageId'], messageIncludes: 'AWS::Region' },
      FromImageBuilder: { status: 'INSUFFICIENT_DATA', messageId: 'unknownImage', path: ['LaunchTemplateData', 'ImageId'], messageIncludes: 'GoldenImage.ImageId' },
    },
  },
  // Terraform (HCL): `ami` of aws_instance, `image_id` of aws_launch_template.
  {
    name: 'hcl: instances and launch templates with approved and unapproved AMIs, for_each and a module',
    params: { amiIds: APPROVED },
    hcl: {
      'main.tf': `
resource "aws_instance" "approved" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}

resource "aws_instance" "unapproved" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_launch_template" "golden" {
  name          = "golden"
  image_id      = "ami-0fedcba0987654321"
  instance_type = "t3.micro"
}

resource "aws_launch_template" "legacy" {
  name_prefix = "legacy-"
  image_id    = "ami-0123456789abcdef0"
}

resource "aws_launch_template" "bare" {
  name          = "bare"
  instance_type = "t3.micro"
}

resource "aws_instance" "from_golden" {
  launch_template {
    id      = aws_launch_template.golden.id
    version = "$Latest"
  }
}

resource "aws_instance" "from_legacy" {
  launch_template {
    id = aws_launch_template.legacy.id
  }
}

resource "aws_instance" "fleet" {
  for_each      = { web = "ami-0abcdef1234567890", batch = "ami-0badbadbadbadbad0" }
  ami           = each.value
  instance_type = "t3.micro"
}

module "bastion" {
  source = "./modules/bastion"
  ami    = "ami-0fedcba0987654321"
}
`,
      'modules/bastion/main.tf': `
variable "ami" {
  type = string
}

resource "aws_instance" "this" {
  ami           = var.ami
  instance_type = "t3.nano"
}
`,
    },
    expect: {
      'aws_instance.approved': { status: 'COMPLIANT', path: ['ImageId'] },
      'aws_instance.unapproved': { status: 'NON_COMPLIANT', messageId: 'notApproved', path: ['ImageId'] },
      'aws_launch_template.golden': { status: 'COMPLIANT', path: ['LaunchTemplateData', 'ImageId'] },
      'aws_launch_template.legacy': { status: 'NON_COMPLIANT', messageId: 'notApproved' },
      'aws_launch_template.bare': { status: 'NOT_APPLICABLE', messageId: 'noImageInTemplate' },
      'aws_instance.from_golden': { status: 'COMPLIANT', path: ['LaunchTemplate'] },
      'aws_instance.from_legacy': { status: 'NON_COMPLIANT', messageId: 'notApproved', messageIncludes: 'aws_launch_template.legacy' },
      'aws_instance.fleet["web"]': 'COMPLIANT',
      'aws_instance.fleet["batch"]': { status: 'NON_COMPLIANT', messageId: 'notApproved', messageIncludes: 'ami-0badbadbadbadbad0' },
      'module.bastion.aws_instance.this': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a launch template named by a literal, an external one, and no AMI at all',
    params: { amiIds: APPROVED },
    hcl: `
resource "aws_launch_template" "golden" {
  name     = "golden"
  image_id = "ami-0abcdef1234567890"
}

resource "aws_instance" "by_name" {
  launch_template {
    name = "golden"
  }
}

resource "aws_instance" "shared" {
  launch_template {
    name    = "platform-base"
    version = "3"
  }
}

resource "aws_instance" "nothing" {
  instance_type = "t3.micro"
}
`,
    expect: {
      'aws_launch_template.golden': 'COMPLIANT',
      'aws_instance.by_name': { status: 'COMPLIANT', path: ['LaunchTemplate'] },
      'aws_instance.shared': { status: 'INSUFFICIENT_DATA', messageId: 'externalTemplate', path: ['LaunchTemplate'] },
      'aws_instance.nothing': { status: 'NON_COMPLIANT', messageId: 'noImage' },
    },
  },
  {
    name: 'hcl: AMIs from a data source, a variable without a default, and an awscc instance',
    params: { amiIds: APPROVED },
    hcl: `
data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
}

variable "golden_ami" {
  type = string
}

resource "aws_instance" "latest" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"
}

resource "aws_launch_template" "golden" {
  image_id = var.golden_ami
}

resource "awscc_ec2_instance" "approved" {
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}

resource "awscc_ec2_instance" "unapproved" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}
`,
    expect: {
      'aws_instance.latest': { status: 'INSUFFICIENT_DATA', messageId: 'unknownImage', path: ['ImageId'] },
      'aws_launch_template.golden': { status: 'INSUFFICIENT_DATA', messageId: 'unknownImage', path: ['LaunchTemplateData', 'ImageId'] },
      'awscc_ec2_instance.approved': 'COMPLIANT',
      'awscc_ec2_instance.unapproved': { status: 'NON_COMPLIANT', messageId: 'notApproved' },
    },
  },
  // Terraform plan JSON: `ami` is optional and computed; with a launch template it is known only after apply.
  {
    name: 'plan: approved and unapproved AMIs on instances and launch templates',
    params: { amiIds: APPROVED },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_instance.approved', { ami: 'ami-0abcdef1234567890', instance_type: 't3.micro', iam_instance_profile: null, tags: null }, { arn: true, id: true, ebs_block_device: true, root_block_device: true, subnet_id: true, vpc_security_group_ids: true }),
        created('aws_instance.unapproved[0]', { ami: 'ami-0123456789abcdef0', instance_type: 't3.micro', iam_instance_profile: null, tags: null }, { arn: true, id: true, ebs_block_device: true, root_block_device: true, subnet_id: true, vpc_security_group_ids: true }),
        created('aws_launch_template.golden', { name: 'golden', image_id: 'ami-0fedcba0987654321', instance_type: 't3.micro', block_device_mappings: [], iam_instance_profile: [], tags: null }, { arn: true, id: true, latest_version: true, block_device_mappings: [], iam_instance_profile: [] }),
        created('aws_launch_template.legacy', { image_id: 'ami-0123456789abcdef0', name_prefix: 'legacy-', block_device_mappings: [], iam_instance_profile: [], tags: null }, { arn: true, id: true, name: true, latest_version: true, block_device_mappings: [], iam_instance_profile: [] }),
      ],
    },
    expect: {
      'aws_instance.approved': { status: 'COMPLIANT', path: ['ImageId'] },
      'aws_instance.unapproved[0]': { status: 'NON_COMPLIANT', messageId: 'notApproved', path: ['ImageId'] },
      'aws_launch_template.golden': 'COMPLIANT',
      'aws_launch_template.legacy': { status: 'NON_COMPLIANT', messageId: 'notApproved', path: ['LaunchTemplateData', 'ImageId'] },
    },
  },
  {
    name: 'plan: an AMI known only after apply, and an instance launched from a template in a module',
    params: { amiIds: APPROVED },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_instance.later', { instance_type: 't3.micro', tags: null }, { ami: true, arn: true, id: true, ebs_block_device: true, root_block_device: true }),
        created('module.app.aws_launch_template.this', { name: 'app', image_id: 'ami-0fedcba0987654321', block_device_mappings: [], tags: null }, { arn: true, id: true, latest_version: true }),
        created('module.app.aws_instance.this', { instance_type: 't3.micro', launch_template: [{ name: null, version: '$Default' }], tags: null }, { ami: true, arn: true, id: true, launch_template: [{ id: true }], ebs_block_device: true, root_block_device: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_instance.later', mode: 'managed', type: 'aws_instance', name: 'later', provider_config_key: 'aws', expressions: { ami: { references: ['data.aws_ami.al2023.id', 'data.aws_ami.al2023'] }, instance_type: { constant_value: 't3.micro' } } },
          ],
          module_calls: {
            app: {
              source: './modules/app',
              module: {
                resources: [
                  { address: 'aws_launch_template.this', mode: 'managed', type: 'aws_launch_template', name: 'this', provider_config_key: 'aws', expressions: { name: { constant_value: 'app' }, image_id: { constant_value: 'ami-0fedcba0987654321' } } },
                  {
                    address: 'aws_instance.this', mode: 'managed', type: 'aws_instance', name: 'this', provider_config_key: 'aws',
                    expressions: { instance_type: { constant_value: 't3.micro' }, launch_template: [{ id: { references: ['aws_launch_template.this.id', 'aws_launch_template.this'] } }] },
                  },
                ],
              },
            },
          },
        },
      },
    },
    expect: {
      'aws_instance.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownImage', path: ['ImageId'] },
      'module.app.aws_launch_template.this': 'COMPLIANT',
      'module.app.aws_instance.this': { status: 'INSUFFICIENT_DATA', messageId: 'unknownImage' },
    },
  },
] satisfies RuleCase[];
