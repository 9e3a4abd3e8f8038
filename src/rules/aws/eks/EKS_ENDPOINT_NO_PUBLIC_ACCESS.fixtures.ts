import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'private, public and defaulted endpoints',
    template: `
Resources:
  Private:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]
        EndpointPrivateAccess: true
        EndpointPublicAccess: false
  PrivateAsString:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d]
        EndpointPublicAccess: "false"
  ExplicitlyPublic:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d]
        EndpointPublicAccess: true
        PublicAccessCidrs: [203.0.113.0/24]
  Defaulted:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d]
        EndpointPrivateAccess: true
`,
    expect: {
      Private: { status: 'COMPLIANT', path: ['ResourcesVpcConfig', 'EndpointPublicAccess'] },
      PrivateAsString: 'COMPLIANT',
      ExplicitlyPublic: { status: 'NON_COMPLIANT', messageId: 'public', path: ['ResourcesVpcConfig', 'EndpointPublicAccess'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'publicByDefault', path: ['ResourcesVpcConfig'] },
    },
  },
  {
    name: 'endpoint access from a parameter default and from a mapping',
    template: `
Parameters:
  PublicEndpoint:
    Type: String
    AllowedValues: ['true', 'false']
    Default: 'false'
  Stage:
    Type: String
    Default: sandbox
Mappings:
  Endpoint:
    sandbox: { Public: true }
    prod: { Public: false }
Resources:
  FromParameter:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: !Sub arn:aws:iam::111122223333:role/eks-\${Stage}
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d]
        EndpointPublicAccess: !Ref PublicEndpoint
  FromMapping:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d]
        EndpointPublicAccess: !FindInMap [Endpoint, !Ref Stage, Public]
`,
    expect: {
      FromParameter: 'COMPLIANT',
      FromMapping: { status: 'NON_COMPLIANT', messageId: 'public' },
    },
  },
  {
    name: 'endpoint closed by a condition decided by a given parameter',
    inputs: { parameters: { Stage: 'prod' } },
    template: `
Parameters:
  Stage: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d]
        EndpointPublicAccess: !If [IsProd, false, true]
`,
    expect: { Cluster: 'COMPLIANT' },
  },
  {
    name: 'endpoint access that can not be known before deployment',
    template: `
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  Imported:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d]
        EndpointPublicAccess: !ImportValue platform-eks-public-endpoint
  WholeConfigByRegion:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig: !If
        - InIreland
        - { SubnetIds: [subnet-0a1b2c3d], EndpointPublicAccess: false }
        - { SubnetIds: [subnet-0a1b2c3d] }
`,
    expect: {
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAccess', path: ['ResourcesVpcConfig', 'EndpointPublicAccess'] },
      WholeConfigByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAccess', path: ['ResourcesVpcConfig'] },
    },
  },
  {
    name: 'subnets from another stack do not matter when the endpoint is private',
    template: `
Resources:
  ClusterRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Principal: { Service: eks.amazonaws.com }, Action: sts:AssumeRole }
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: !GetAtt ClusterRole.Arn
      ResourcesVpcConfig:
        SubnetIds: !Split [',', !ImportValue network-private-subnets]
        EndpointPrivateAccess: true
        EndpointPublicAccess: false
`,
    expect: { Cluster: 'COMPLIANT' },
  },
] satisfies RuleCase[];
