import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'two subnets, one, subnet mappings, subnets from a parameter, a subnet under an undecidable condition, and none',
    template: `
Parameters:
  Subnets: { Type: "List<AWS::EC2::Subnet::Id>" }
  Third: { Type: String, AllowedValues: ["yes", "no"] }
Conditions:
  HasThird: !Equals [!Ref Third, "yes"]
Resources:
  Net:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  A:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Net
      CidrBlock: 10.0.0.0/24
  Two:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: [!Ref A, subnet-0a1b2c3d4e5f60002]
  One:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Type: network
      Subnets: [subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60001]
  Mapped:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Type: network
      SubnetMappings:
        - { SubnetId: subnet-0a1b2c3d4e5f60001, AllocationId: eipalloc-0a1b2c3d4e5f60001 }
        - { SubnetId: subnet-0a1b2c3d4e5f60002, AllocationId: eipalloc-0a1b2c3d4e5f60002 }
  FromParameter:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: !Ref Subnets
  MaybeSecond:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: [subnet-0a1b2c3d4e5f60001, !If [HasThird, subnet-0a1b2c3d4e5f60003, !Ref AWS::NoValue]]
  None:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Type: gateway
`,
    expect: {
      Two: { status: 'COMPLIANT', path: ['Subnets'] },
      One: { status: 'NON_COMPLIANT', messageId: 'tooFew', path: ['Subnets'], messageIncludes: 'mapped to 1 Availability Zone' },
      Mapped: { status: 'COMPLIANT', path: ['SubnetMappings'] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownZones' },
      MaybeSecond: { status: 'INSUFFICIENT_DATA', messageId: 'unknownZones' },
      None: { status: 'NON_COMPLIANT', messageId: 'tooFew', path: [] },
    },
  },
  {
    name: 'minAvailabilityZones 3',
    params: { minAvailabilityZones: 3 },
    template: `
Resources:
  Three:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: [subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002, subnet-0a1b2c3d4e5f60003]
  Two:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: [subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002]
`,
    expect: {
      Three: 'COMPLIANT',
      Two: { status: 'NON_COMPLIANT', messageId: 'tooFew', messageIncludes: 'fewer than 3' },
    },
  },
  {
    name: 'hcl: two subnets, one subnet mapping',
    hcl: `
resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_lb" "single" {
  name               = "single"
  load_balancer_type = "network"
  subnet_mapping {
    subnet_id     = "subnet-0a1b2c3d4e5f60001"
    allocation_id = "eipalloc-0a1b2c3d4e5f60001"
  }
}
`,
    expect: {
      'aws_lb.web': 'COMPLIANT',
      'aws_lb.single': { status: 'NON_COMPLIANT', messageId: 'tooFew' },
    },
  },
  {
    name: 'plan: two subnets, one, and subnets known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_lb.two', { name: 'two', load_balancer_type: 'application', subnets: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'] }, { arn: true, subnet_mapping: true }),
        created('aws_lb.one', { name: 'one', load_balancer_type: 'network', subnets: ['subnet-0a1b2c3d4e5f60001'] }, { arn: true, subnet_mapping: true }),
        created('aws_lb.later', { name: 'later', load_balancer_type: 'application' }, { arn: true, subnets: true, subnet_mapping: true }),
      ],
    },
    expect: {
      'aws_lb.two': 'COMPLIANT',
      'aws_lb.one': { status: 'NON_COMPLIANT', messageId: 'tooFew' },
      'aws_lb.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownZones' },
    },
  },
] satisfies RuleCase[];
