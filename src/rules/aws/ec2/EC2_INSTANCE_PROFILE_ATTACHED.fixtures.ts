import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A `resource_changes` entry that creates `address` (`module.m.aws_type.name[0]`), as `terraform show -json` writes it. */

const ROLE_AND_PROFILES = `
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }
  NamedProfile:
    Type: AWS::IAM::InstanceProfile
    Properties:
      InstanceProfileName: web-servers
      Roles: [!Ref Role]
  GeneratedProfile:
    Type: AWS::IAM::InstanceProfile
    Properties:
      Roles: [!Ref Role]`;

const ALLOWED = 'arn:aws:iam::111122223333:instance-profile/web-servers,arn:aws:iam::111122223333:instance-profile/ops/bastion';

export default [
  {
    name: 'instances with and without a profile',
    template: `
Resources:${ROLE_AND_PROFILES}
  WithRef:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      ImageId: ami-0abcdef1234567890
      IamInstanceProfile: !Ref GeneratedProfile
  WithName:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      ImageId: ami-0abcdef1234567890
      IamInstanceProfile: shared-ssm-profile
  Without:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      ImageId: ami-0abcdef1234567890
  EmptyName:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      ImageId: ami-0abcdef1234567890
      IamInstanceProfile: ''
`,
    expect: {
      WithRef: { status: 'COMPLIANT', path: ['IamInstanceProfile'] },
      WithName: 'COMPLIANT',
      Without: { status: 'NON_COMPLIANT', messageId: 'noProfile', path: [] },
      EmptyName: { status: 'NON_COMPLIANT', messageId: 'noProfile' },
    },
  },
  {
    name: 'allowed profiles by ARN, by name and through a named profile of the template',
    params: { IamInstanceProfileArnList: ALLOWED },
    template: `
Resources:${ROLE_AND_PROFILES}
  ByArn:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      IamInstanceProfile: arn:aws:iam::111122223333:instance-profile/ops/bastion
  ByName:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      IamInstanceProfile: bastion
  ByTemplateProfile:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      IamInstanceProfile: !Ref NamedProfile
  OtherProfile:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      IamInstanceProfile: arn:aws:iam::111122223333:instance-profile/admin
  GeneratedName:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      IamInstanceProfile: !Ref GeneratedProfile
  NoProfile:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
`,
    expect: {
      ByArn: 'COMPLIANT',
      ByName: 'COMPLIANT',
      ByTemplateProfile: { status: 'COMPLIANT', messageId: 'allowed' },
      OtherProfile: { status: 'NON_COMPLIANT', messageId: 'notAllowed', path: ['IamInstanceProfile'] },
      GeneratedName: { status: 'INSUFFICIENT_DATA', messageId: 'unknownProfile', messageIncludes: 'GeneratedProfile' },
      NoProfile: { status: 'NON_COMPLIANT', messageId: 'noProfile' },
    },
  },
  {
    name: 'profiles from a parameter default, a mapping, Fn::Sub and a decidable condition',
    params: { IamInstanceProfileArnList: ALLOWED },
    inputs: { accountId: '111122223333', parameters: { Stage: 'prod' } },
    template: `
Parameters:
  ProfileName: { Type: String, Default: web-servers }
  Stage: { Type: String, Default: dev }
Mappings:
  Profiles:
    prod: { Name: bastion }
    dev: { Name: developer }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  FromParameter:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      IamInstanceProfile: !Ref ProfileName
  FromMapping:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      IamInstanceProfile: !FindInMap [Profiles, !Ref Stage, Name]
  FromSub:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      IamInstanceProfile: !Sub 'arn:aws:iam::\${AWS::AccountId}:instance-profile/web-servers'
  FromCondition:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      IamInstanceProfile: !If [IsProd, bastion, developer]
`,
    expect: { FromParameter: 'COMPLIANT', FromMapping: 'COMPLIANT', FromSub: 'COMPLIANT', FromCondition: 'COMPLIANT' },
  },
  {
    name: 'profiles known only at deployment are attached; one behind an undecidable Fn::If with AWS::NoValue is not known',
    template: `
Resources:${ROLE_AND_PROFILES}
  Imported:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      IamInstanceProfile: !ImportValue platform-instance-profile
  MaybeProfile:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      IamInstanceProfile: !If [InIreland, !Ref NamedProfile, !Ref AWS::NoValue]
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
`,
    expect: {
      Imported: { status: 'COMPLIANT', messageId: 'attachedAtDeployment', path: ['IamInstanceProfile'], messageIncludes: 'ImportValue' },
      MaybeProfile: { status: 'INSUFFICIENT_DATA', messageId: 'unknownProfile', path: ['IamInstanceProfile'], messageIncludes: 'InIreland' },
    },
  },
  {
    name: 'profiles known only at deployment can not be compared with the allowed list',
    params: { IamInstanceProfileArnList: ALLOWED },
    template: `
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  Imported:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      IamInstanceProfile: !ImportValue platform-instance-profile
  Chosen:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      IamInstanceProfile: !If [InIreland, bastion, developer]
`,
    expect: {
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownProfile', path: ['IamInstanceProfile'] },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknownProfile', messageIncludes: 'InIreland' },
    },
  },
  {
    name: 'a profile chosen between two by an undecidable condition is attached; in a launch template too',
    template: `
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  Chosen:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      IamInstanceProfile: !If [InIreland, bastion, developer]
  Template:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: ami-0abcdef1234567890
        IamInstanceProfile:
          Name: !ImportValue platform-instance-profile-name
  MaybeTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: ami-0abcdef1234567890
        IamInstanceProfile: !If [InIreland, { Name: bastion }, !Ref AWS::NoValue]
  FromTemplate:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate:
        LaunchTemplateId: !Ref Template
        Version: !GetAtt Template.LatestVersionNumber
  FromMaybeTemplate:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate:
        LaunchTemplateId: !Ref MaybeTemplate
        Version: !GetAtt MaybeTemplate.LatestVersionNumber
`,
    expect: {
      Chosen: { status: 'COMPLIANT', messageId: 'attachedAtDeployment', messageIncludes: 'InIreland' },
      FromTemplate: { status: 'COMPLIANT', messageId: 'attachedAtDeployment', path: ['LaunchTemplate'] },
      FromMaybeTemplate: { status: 'INSUFFICIENT_DATA', messageId: 'unknownProfile', path: ['LaunchTemplate'] },
    },
  },
  {
    name: 'profiles given by launch templates',
    template: `
Resources:${ROLE_AND_PROFILES}
  WithProfile:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: ami-0abcdef1234567890
        IamInstanceProfile:
          Arn: !GetAtt NamedProfile.Arn
  WithoutProfile:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: no-profile
      LaunchTemplateData:
        ImageId: ami-0abcdef1234567890
  FromProfileTemplate:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate:
        LaunchTemplateId: !Ref WithProfile
        Version: !GetAtt WithProfile.LatestVersionNumber
  FromBareTemplate:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate:
        LaunchTemplateName: no-profile
        Version: '1'
  FromSharedTemplate:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate:
        LaunchTemplateName: platform-base
        Version: '2'
`,
    expect: {
      FromProfileTemplate: { status: 'COMPLIANT', path: ['LaunchTemplate'] },
      FromBareTemplate: { status: 'NON_COMPLIANT', messageId: 'noProfile', path: ['LaunchTemplate'] },
      FromSharedTemplate: { status: 'INSUFFICIENT_DATA', messageId: 'externalTemplate' },
    },
  },
  // Terraform (HCL): `iam_instance_profile` takes the profile name.
  {
    name: 'hcl: instances with a created profile, a literal profile, none, count and a module',
    hcl: {
      'main.tf': `
resource "aws_iam_role" "web" {
  name = "web"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_instance_profile" "web" {
  name = "web-servers"
  role = aws_iam_role.web.name
}

resource "aws_instance" "web" {
  ami                  = "ami-0abcdef1234567890"
  instance_type        = "t3.micro"
  iam_instance_profile = aws_iam_instance_profile.web.name
}

resource "aws_instance" "literal" {
  ami                  = "ami-0abcdef1234567890"
  instance_type        = "t3.micro"
  iam_instance_profile = "ops-bastion"
}

resource "aws_instance" "bare" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}

resource "aws_instance" "workers" {
  count                = 2
  ami                  = "ami-0abcdef1234567890"
  instance_type        = "t3.micro"
  iam_instance_profile = count.index == 0 ? "workers" : null
}

module "batch" {
  source  = "./modules/batch"
  profile = aws_iam_instance_profile.web.name
}
`,
      'modules/batch/main.tf': `
variable "profile" {
  type = string
}

resource "aws_instance" "this" {
  ami                  = "ami-0abcdef1234567890"
  instance_type        = "c6i.large"
  iam_instance_profile = var.profile
}
`,
    },
    expect: {
      'aws_instance.web': { status: 'COMPLIANT', messageId: 'attached', path: ['IamInstanceProfile'] },
      'aws_instance.literal': { status: 'COMPLIANT', messageId: 'attached' },
      'aws_instance.bare': { status: 'NON_COMPLIANT', messageId: 'noProfile', path: [] },
      'aws_instance.workers[0]': 'COMPLIANT',
      'aws_instance.workers[1]': { status: 'NON_COMPLIANT', messageId: 'noProfile' },
      'module.batch.aws_instance.this': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: allowed profiles: a created profile by its name, a literal name, and launch templates',
    params: { IamInstanceProfileArnList: ALLOWED },
    hcl: `
resource "aws_iam_role" "web" {
  name               = "web"
  assume_role_policy = "{}"
}

resource "aws_iam_instance_profile" "web" {
  name = "web-servers"
  role = aws_iam_role.web.name
}

resource "aws_instance" "web" {
  ami                  = "ami-0abcdef1234567890"
  iam_instance_profile = aws_iam_instance_profile.web.name
}

resource "aws_instance" "other" {
  ami                  = "ami-0abcdef1234567890"
  iam_instance_profile = "legacy-admin"
}

resource "aws_launch_template" "bastion" {
  name     = "bastion"
  image_id = "ami-0abcdef1234567890"

  iam_instance_profile {
    arn = "arn:aws:iam::111122223333:instance-profile/ops/bastion"
  }
}

resource "aws_launch_template" "plain" {
  name     = "plain"
  image_id = "ami-0abcdef1234567890"
}

resource "aws_instance" "bastion" {
  launch_template {
    id      = aws_launch_template.bastion.id
    version = "$Latest"
  }
}

resource "aws_instance" "plain" {
  launch_template {
    name = "plain"
  }
}
`,
    expect: {
      'aws_instance.web': { status: 'COMPLIANT', messageId: 'allowed', messageIncludes: 'web-servers' },
      'aws_instance.other': { status: 'NON_COMPLIANT', messageId: 'notAllowed', path: ['IamInstanceProfile'] },
      'aws_instance.bastion': { status: 'COMPLIANT', messageId: 'allowed', path: ['LaunchTemplate'] },
      'aws_instance.plain': { status: 'NON_COMPLIANT', messageId: 'noProfile', path: ['LaunchTemplate'] },
    },
  },
  {
    name: 'hcl: a profile that may be null, one from a data source against the allowed list, and awscc instances',
    params: { IamInstanceProfileArnList: ALLOWED },
    hcl: `
variable "attach_profile" {
  type = bool
}

data "aws_iam_instance_profile" "shared" {
  name = "web-servers"
}

resource "aws_instance" "maybe" {
  ami                  = "ami-0abcdef1234567890"
  iam_instance_profile = var.attach_profile ? "web-servers" : null
}

resource "aws_instance" "shared" {
  ami                  = "ami-0abcdef1234567890"
  iam_instance_profile = data.aws_iam_instance_profile.shared.name
}

resource "awscc_ec2_instance" "allowed" {
  image_id             = "ami-0abcdef1234567890"
  iam_instance_profile = "web-servers"
}

resource "awscc_ec2_instance" "bare" {
  image_id = "ami-0abcdef1234567890"
}
`,
    expect: {
      'aws_instance.maybe': { status: 'INSUFFICIENT_DATA', messageId: 'unknownProfile', path: ['IamInstanceProfile'] },
      'aws_instance.shared': { status: 'INSUFFICIENT_DATA', messageId: 'unknownProfile' },
      'awscc_ec2_instance.allowed': { status: 'COMPLIANT', messageId: 'allowed' },
      'awscc_ec2_instance.bare': { status: 'NON_COMPLIANT', messageId: 'noProfile' },
    },
  },
  // Terraform plan JSON
  {
    name: 'plan: a literal profile, no profile, and a profile created in the same plan',
    params: { IamInstanceProfileArnList: ALLOWED },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_iam_role.web', { name: 'web', assume_role_policy: '{"Version":"2012-10-17","Statement":[]}' }, { arn: true, id: true, unique_id: true }),
        created('aws_iam_instance_profile.web', { name: 'web-servers', path: '/', role: 'web' }, { arn: true, id: true, unique_id: true }),
        created('aws_instance.web', { ami: 'ami-0abcdef1234567890', instance_type: 't3.micro', iam_instance_profile: 'web-servers', tags: null }, { arn: true, id: true, ebs_block_device: true, root_block_device: true }),
        created('aws_instance.literal', { ami: 'ami-0abcdef1234567890', instance_type: 't3.micro', iam_instance_profile: 'arn:aws:iam::111122223333:instance-profile/ops/bastion', tags: null }, { arn: true, id: true }),
        created('aws_instance.legacy', { ami: 'ami-0abcdef1234567890', instance_type: 't3.micro', iam_instance_profile: 'legacy-admin', tags: null }, { arn: true, id: true }),
        created('aws_instance.bare', { ami: 'ami-0abcdef1234567890', instance_type: 't3.micro', iam_instance_profile: null, tags: null }, { arn: true, id: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_iam_instance_profile.web', mode: 'managed', type: 'aws_iam_instance_profile', name: 'web', provider_config_key: 'aws', expressions: { name: { constant_value: 'web-servers' }, role: { references: ['aws_iam_role.web.name', 'aws_iam_role.web'] } } },
            { address: 'aws_instance.web', mode: 'managed', type: 'aws_instance', name: 'web', provider_config_key: 'aws', expressions: { ami: { constant_value: 'ami-0abcdef1234567890' }, iam_instance_profile: { references: ['aws_iam_instance_profile.web.name', 'aws_iam_instance_profile.web'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_instance.web': { status: 'COMPLIANT', messageId: 'allowed' },
      'aws_instance.literal': { status: 'COMPLIANT', messageId: 'allowed' },
      'aws_instance.legacy': { status: 'NON_COMPLIANT', messageId: 'notAllowed' },
      'aws_instance.bare': { status: 'NON_COMPLIANT', messageId: 'noProfile' },
    },
  },
  {
    name: 'plan: a profile known only after apply can not be compared with the allowed list',
    params: { IamInstanceProfileArnList: ALLOWED },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('module.app.aws_instance.this[0]', { ami: 'ami-0abcdef1234567890', instance_type: 't3.micro', tags: null }, { arn: true, id: true, iam_instance_profile: true }),
      ],
    },
    expect: {
      'module.app.aws_instance.this[0]': { status: 'INSUFFICIENT_DATA', messageId: 'unknownProfile', path: ['IamInstanceProfile'] },
    },
  },
  {
    name: 'plan: a profile known only after apply is attached',
    plan: {
      format_version: '1.2',
      resource_changes: [created('aws_instance.app', { ami: 'ami-0abcdef1234567890', instance_type: 't3.micro', tags: null }, { arn: true, id: true, iam_instance_profile: true })],
    },
    expect: { 'aws_instance.app': { status: 'COMPLIANT', messageId: 'attachedAtDeployment' } },
  },
] satisfies RuleCase[];
