import type { RuleCase } from '../../tester.js';

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
] satisfies RuleCase[];
