import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'Windows, Lustre, ONTAP and OpenZFS file systems',
    template: `
Resources:
  Shares:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: WINDOWS
      StorageCapacity: 32
      SubnetIds: [subnet-0a1b2c3d]
      WindowsConfiguration:
        ActiveDirectoryId: d-1234567890
        ThroughputCapacity: 8
        DeploymentType: SINGLE_AZ_2
  Scratch:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: LUSTRE
      StorageCapacity: 1200
      SubnetIds: [subnet-0a1b2c3d]
      LustreConfiguration:
        DeploymentType: SCRATCH_2
  Ontap:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: ONTAP
      StorageCapacity: 1024
      SubnetIds: [subnet-0a1b2c3d]
      OntapConfiguration:
        DeploymentType: SINGLE_AZ_1
        ThroughputCapacity: 128
  Zfs:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: OPENZFS
      StorageCapacity: 64
      SubnetIds: [subnet-0a1b2c3d]
      OpenZFSConfiguration:
        DeploymentType: SINGLE_AZ_1
        ThroughputCapacity: 64
`,
    expect: {
      Shares: { status: 'COMPLIANT', path: ['FileSystemType'] },
      Scratch: { status: 'NON_COMPLIANT', messageId: 'otherType', path: ['FileSystemType'], messageIncludes: 'LUSTRE' },
      Ontap: { status: 'NON_COMPLIANT', messageId: 'otherType' },
      Zfs: { status: 'NON_COMPLIANT', messageId: 'otherType' },
    },
  },
  {
    name: 'a file system that declares no type',
    template: `
Resources:
  Untyped:
    Type: AWS::FSx::FileSystem
    Properties:
      StorageCapacity: 32
      SubnetIds: [subnet-0a1b2c3d]
`,
    expect: { Untyped: { status: 'NON_COMPLIANT', messageId: 'noType', path: [] } },
  },
  {
    name: 'type from a parameter default and from a mapping',
    template: `
Parameters:
  FsType:
    Type: String
    AllowedValues: [WINDOWS, LUSTRE]
    Default: WINDOWS
  Workload:
    Type: String
    Default: hpc
Mappings:
  Workloads:
    hpc: { FileSystemType: LUSTRE }
    office: { FileSystemType: WINDOWS }
Resources:
  FromParameter:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: !Ref FsType
      StorageCapacity: 32
      SubnetIds: [subnet-0a1b2c3d]
  FromMapping:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: !FindInMap [Workloads, !Ref Workload, FileSystemType]
      StorageCapacity: 1200
      SubnetIds: [subnet-0a1b2c3d]
`,
    expect: {
      FromParameter: 'COMPLIANT',
      FromMapping: { status: 'NON_COMPLIANT', messageId: 'otherType' },
    },
  },
  {
    name: 'type chosen by a condition on a given parameter',
    inputs: { parameters: { Workload: 'office' } },
    template: `
Parameters:
  Workload: { Type: String, Default: hpc }
Conditions:
  IsOffice: !Equals [!Ref Workload, office]
Resources:
  FileSystem:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: !If [IsOffice, WINDOWS, LUSTRE]
      StorageCapacity: 32
      SubnetIds: [subnet-0a1b2c3d]
`,
    expect: { FileSystem: 'COMPLIANT' },
  },
  {
    name: 'type that can not be known before deployment',
    template: `
Parameters:
  FsType:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /storage/fsx-type
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  FromSsm:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: !Ref FsType
      StorageCapacity: 32
      SubnetIds: [subnet-0a1b2c3d]
  ByRegion:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: !If [InIreland, WINDOWS, LUSTRE]
      StorageCapacity: 32
      SubnetIds: !Split [',', !ImportValue network-private-subnets]
  Imported:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: !ImportValue storage-fsx-type
      StorageCapacity: 32
      SubnetIds: [subnet-0a1b2c3d]
`,
    expect: {
      FromSsm: { status: 'INSUFFICIENT_DATA', messageId: 'unknownType', path: ['FileSystemType'] },
      ByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknownType' },
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownType' },
    },
  },
  {
    name: 'a Windows file system joined to a directory created in the template',
    template: `
Resources:
  Directory:
    Type: AWS::DirectoryService::MicrosoftAD
    Properties:
      Name: corp.example.com
      Password: '{{resolve:secretsmanager:corp-ad-admin:SecretString:password}}'
      VpcSettings:
        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]
        VpcId: vpc-0a1b2c3d
  Shares:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: !Sub 'WIN\${Suffix}'
      StorageCapacity: 32
      SubnetIds: [subnet-0a1b2c3d]
      WindowsConfiguration:
        ActiveDirectoryId: !Ref Directory
        ThroughputCapacity: 8
Parameters:
  Suffix: { Type: String, Default: DOWS }
`,
    expect: { Shares: 'COMPLIANT' },
  },
] satisfies RuleCase[];
