import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A `resource_changes` entry that creates `address` (`module.m.aws_type.name[0]`), as `terraform show -json` writes it. */

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
  {
    name: 'type read from a nested stack with Fn::GetAtt; attributes of other resources elsewhere do not hide a known type',
    template: `
Resources:
  StorageStandards:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://platform-templates.s3.eu-west-1.amazonaws.com/fsx-standards.yaml
  FileSystemSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: FSx clients
      VpcId: vpc-0a1b2c3d
  TypeFromStack:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: !GetAtt StorageStandards.Outputs.FileSystemType
      StorageCapacity: 32
      SubnetIds: [subnet-0a1b2c3d]
  TypeFromStackLongForm:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType:
        Fn::GetAtt: [StorageStandards, Outputs.FileSystemType]
      StorageCapacity: 32
      SubnetIds: [subnet-0a1b2c3d]
  WindowsWithAttributes:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: WINDOWS
      StorageCapacity: 32
      SubnetIds: [subnet-0a1b2c3d]
      SecurityGroupIds: [!GetAtt FileSystemSecurityGroup.GroupId]
      WindowsConfiguration:
        ActiveDirectoryId: !GetAtt StorageStandards.Outputs.DirectoryId
        ThroughputCapacity: 8
  LustreWithAttributes:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: LUSTRE
      StorageCapacity: 1200
      SubnetIds: [subnet-0a1b2c3d]
      SecurityGroupIds:
        - Fn::GetAtt: [FileSystemSecurityGroup, GroupId]
      LustreConfiguration:
        DeploymentType: SCRATCH_2
        ImportPath: !GetAtt StorageStandards.Outputs.DatasetPath
`,
    expect: {
      TypeFromStack: { status: 'INSUFFICIENT_DATA', messageId: 'unknownType', path: ['FileSystemType'], messageIncludes: 'StorageStandards.Outputs.FileSystemType' },
      TypeFromStackLongForm: { status: 'INSUFFICIENT_DATA', messageId: 'unknownType', path: ['FileSystemType'] },
      WindowsWithAttributes: { status: 'COMPLIANT', path: ['FileSystemType'] },
      LustreWithAttributes: { status: 'NON_COMPLIANT', messageId: 'otherType', path: ['FileSystemType'], messageIncludes: 'LUSTRE' },
    },
  },
  // Terraform (HCL): the aws provider has one resource type per FSx file system type.
  {
    name: 'hcl: Windows, Lustre, ONTAP and OpenZFS file systems, with count and a module',
    hcl: {
      'main.tf': `
resource "aws_fsx_windows_file_system" "shares" {
  active_directory_id = "d-1234567890"
  storage_capacity    = 32
  subnet_ids          = ["subnet-0a1b2c3d"]
  throughput_capacity = 8
  deployment_type     = "SINGLE_AZ_2"
}

resource "aws_fsx_lustre_file_system" "scratch" {
  storage_capacity = 1200
  subnet_ids       = ["subnet-0a1b2c3d"]
  deployment_type  = "SCRATCH_2"
}

resource "aws_fsx_ontap_file_system" "netapp" {
  storage_capacity    = 1024
  subnet_ids          = ["subnet-0a1b2c3d"]
  deployment_type     = "SINGLE_AZ_1"
  throughput_capacity = 128
  preferred_subnet_id = "subnet-0a1b2c3d"
}

resource "aws_fsx_openzfs_file_system" "zfs" {
  count               = 2
  storage_capacity    = 64
  subnet_ids          = ["subnet-0a1b2c3d"]
  deployment_type     = "SINGLE_AZ_1"
  throughput_capacity = 64
}

module "home" {
  source = "./modules/shares"
}
`,
      'modules/shares/main.tf': `
resource "aws_fsx_windows_file_system" "this" {
  active_directory_id = "d-1234567890"
  storage_capacity    = 300
  subnet_ids          = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  throughput_capacity = 32
  deployment_type     = "MULTI_AZ_1"
  preferred_subnet_id = "subnet-0a1b2c3d"
}
`,
    },
    expect: {
      'aws_fsx_windows_file_system.shares': { status: 'COMPLIANT', path: ['FileSystemType'] },
      'aws_fsx_lustre_file_system.scratch': { status: 'NON_COMPLIANT', messageId: 'otherType', messageIncludes: 'LUSTRE' },
      'aws_fsx_ontap_file_system.netapp': { status: 'NON_COMPLIANT', messageId: 'otherType', messageIncludes: 'ONTAP' },
      'aws_fsx_openzfs_file_system.zfs[0]': { status: 'NON_COMPLIANT', messageId: 'otherType', messageIncludes: 'OPENZFS' },
      'aws_fsx_openzfs_file_system.zfs[1]': { status: 'NON_COMPLIANT', messageId: 'otherType' },
      'module.home.aws_fsx_windows_file_system.this': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: awscc_fsx_file_system with a literal type and a type from a variable without a default',
    hcl: `
variable "file_system_type" {
  type = string
}

resource "awscc_fsx_file_system" "windows" {
  file_system_type = "WINDOWS"
  storage_capacity = 32
  subnet_ids       = ["subnet-0a1b2c3d"]
  windows_configuration = {
    active_directory_id = "d-1234567890"
    throughput_capacity = 8
    deployment_type     = "SINGLE_AZ_2"
  }
}

resource "awscc_fsx_file_system" "lustre" {
  file_system_type = "LUSTRE"
  storage_capacity = 1200
  subnet_ids       = ["subnet-0a1b2c3d"]
}

resource "awscc_fsx_file_system" "chosen" {
  file_system_type = var.file_system_type
  storage_capacity = 1200
  subnet_ids       = ["subnet-0a1b2c3d"]
}
`,
    expect: {
      'awscc_fsx_file_system.windows': 'COMPLIANT',
      'awscc_fsx_file_system.lustre': { status: 'NON_COMPLIANT', messageId: 'otherType' },
      'awscc_fsx_file_system.chosen': { status: 'INSUFFICIENT_DATA', messageId: 'unknownType', path: ['FileSystemType'] },
    },
  },
  // Terraform plan JSON
  {
    name: 'plan: a Windows and a Lustre file system',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_fsx_windows_file_system.shares', { active_directory_id: 'd-1234567890', deployment_type: 'SINGLE_AZ_2', storage_capacity: 32, subnet_ids: ['subnet-0a1b2c3d'], throughput_capacity: 8, tags: null }, { arn: true, dns_name: true, id: true, kms_key_id: true, network_interface_ids: true, owner_id: true, vpc_id: true }),
        created('module.hpc.aws_fsx_lustre_file_system.this[0]', { deployment_type: 'SCRATCH_2', storage_capacity: 1200, subnet_ids: ['subnet-0a1b2c3d'], tags: null }, { arn: true, dns_name: true, id: true, mount_name: true, network_interface_ids: true, owner_id: true, vpc_id: true }),
      ],
    },
    expect: {
      'aws_fsx_windows_file_system.shares': 'COMPLIANT',
      'module.hpc.aws_fsx_lustre_file_system.this[0]': { status: 'NON_COMPLIANT', messageId: 'otherType', messageIncludes: 'LUSTRE' },
    },
  },
  {
    name: 'plan: an awscc file system whose type is known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('awscc_fsx_file_system.chosen', { storage_capacity: 1200, subnet_ids: ['subnet-0a1b2c3d'] }, { file_system_type: true, id: true, dns_name: true, resource_arn: true }),
        created('awscc_fsx_file_system.windows', { file_system_type: 'WINDOWS', storage_capacity: 32, subnet_ids: ['subnet-0a1b2c3d'], windows_configuration: { active_directory_id: 'd-1234567890', throughput_capacity: 8 } }, { id: true, dns_name: true, resource_arn: true }),
      ],
    },
    expect: {
      'awscc_fsx_file_system.chosen': { status: 'INSUFFICIENT_DATA', messageId: 'unknownType', path: ['FileSystemType'] },
      'awscc_fsx_file_system.windows': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
