import type { RuleCase } from '../../tester.js';

const APPROVED = ['ami-0abcdef1234567890', 'ami-0fedcba0987654321'];

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
] satisfies RuleCase[];
