import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const APPLICATION = `
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: [subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002]`;
const CLASSIC = `
    Type: AWS::ElasticLoadBalancing::LoadBalancer
    Properties:
      AvailabilityZones: [us-east-1a, us-east-1b]
      Listeners: [{ LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP }]`;

export default [
  {
    name: 'application and classic load balancers logging, not logging, unset, from a parameter, logging without a bucket; a network load balancer',
    template: `
Parameters:
  Logging: { Type: String }
Resources:
  AppLogging:${APPLICATION}
      LoadBalancerAttributes:
        - { Key: access_logs.s3.enabled, Value: "true" }
        - { Key: access_logs.s3.bucket, Value: central-elb-logs }
  AppSilent:${APPLICATION}
      LoadBalancerAttributes:
        - { Key: access_logs.s3.enabled, Value: "false" }
  AppDefaulted:${APPLICATION}
  AppFromParameter:${APPLICATION}
      LoadBalancerAttributes:
        - { Key: access_logs.s3.enabled, Value: !Ref Logging }
  Network:${APPLICATION}
      Type: network
  ClassicLogging:${CLASSIC}
      AccessLoggingPolicy: { Enabled: true, S3BucketName: central-elb-logs, EmitInterval: 5 }
  ClassicSilent:${CLASSIC}
      AccessLoggingPolicy: { Enabled: false, S3BucketName: central-elb-logs }
  ClassicDefaulted:${CLASSIC}
  ClassicMalformed:${CLASSIC}
      AccessLoggingPolicy: { Enabled: sometimes, S3BucketName: central-elb-logs }
  ClassicNoBucket:${CLASSIC}
      AccessLoggingPolicy: { Enabled: true }
  AppNoBucket:${APPLICATION}
      LoadBalancerAttributes:
        - { Key: access_logs.s3.enabled, Value: "true" }
`,
    expect: {
      AppLogging: { status: 'COMPLIANT', path: ['LoadBalancerAttributes', 0, 'Value'], messageIncludes: 'central-elb-logs' },
      AppSilent: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['LoadBalancerAttributes', 0, 'Value'] },
      AppDefaulted: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [] },
      AppFromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogging' },
      Network: { status: 'NOT_APPLICABLE', messageId: 'notLogged' },
      ClassicLogging: { status: 'COMPLIANT', path: ['AccessLoggingPolicy', 'Enabled'] },
      ClassicSilent: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['AccessLoggingPolicy', 'Enabled'] },
      ClassicDefaulted: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [] },
      ClassicMalformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogging', messageIncludes: 'malformed' },
      ClassicNoBucket: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogging', path: ['AccessLoggingPolicy', 'Enabled'], messageIncludes: 'without a bucket' },
      AppNoBucket: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogging', messageIncludes: 'without a bucket' },
    },
  },
  {
    name: 's3BucketNames: an expected bucket (literal, and a bucket of the template), another bucket, and a bucket known at deployment',
    params: { s3BucketNames: ['central-elb-logs'] },
    template: `
Parameters:
  Bucket: { Type: String }
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: central-elb-logs
  Expected:${CLASSIC}
      AccessLoggingPolicy: { Enabled: true, S3BucketName: central-elb-logs }
  ExpectedByRef:${APPLICATION}
      LoadBalancerAttributes:
        - { Key: access_logs.s3.enabled, Value: "true" }
        - { Key: access_logs.s3.bucket, Value: !Ref Logs }
  Other:${APPLICATION}
      LoadBalancerAttributes:
        - { Key: access_logs.s3.enabled, Value: "true" }
        - { Key: access_logs.s3.bucket, Value: team-logs }
  FromParameter:${CLASSIC}
      AccessLoggingPolicy: { Enabled: true, S3BucketName: !Ref Bucket }
`,
    expect: {
      Expected: { status: 'COMPLIANT', path: ['AccessLoggingPolicy', 'S3BucketName'] },
      ExpectedByRef: { status: 'COMPLIANT', path: ['LoadBalancerAttributes', 1, 'Value'] },
      Other: { status: 'NON_COMPLIANT', messageId: 'otherBucket', messageIncludes: 'team-logs' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogging' },
    },
  },
  {
    name: 'hcl: aws_lb access_logs enabled, a block without enabled (off), none, enabled without its required bucket; aws_elb access_logs (on by default)',
    hcl: `
resource "aws_lb" "logged" {
  name    = "logged"
  subnets = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  access_logs {
    bucket  = "central-elb-logs"
    enabled = true
  }
}

resource "aws_lb" "bucket_only" {
  name    = "bucket-only"
  subnets = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  access_logs {
    bucket = "central-elb-logs"
  }
}

resource "aws_lb" "silent" {
  name    = "silent"
  subnets = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_elb" "classic" {
  name               = "classic"
  availability_zones = ["us-east-1a", "us-east-1b"]
  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 80
    instance_protocol = "http"
  }
  access_logs {
    bucket = "central-elb-logs"
  }
}

resource "aws_lb" "no_bucket" {
  name    = "no-bucket"
  subnets = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  access_logs {
    enabled = true
  }
}

resource "aws_elb" "classic_silent" {
  name               = "classic-silent"
  availability_zones = ["us-east-1a", "us-east-1b"]
  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 80
    instance_protocol = "http"
  }
}
`,
    expect: {
      'aws_lb.logged': 'COMPLIANT',
      'aws_lb.bucket_only': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_lb.silent': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_elb.classic': 'COMPLIANT',
      'aws_elb.classic_silent': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_lb.no_bucket': { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogging', messageIncludes: 'without a bucket' },
    },
  },
  {
    name: 'plan: access logs on, off, and known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_lb.on', { name: 'on', load_balancer_type: 'application', access_logs: [{ bucket: 'central-elb-logs', enabled: true, prefix: '' }] }, { arn: true }),
        created('aws_lb.off', { name: 'off', load_balancer_type: 'application', access_logs: [] }, { arn: true }),
        created('aws_elb.later', { name: 'later', listener: [{ lb_port: 80, lb_protocol: 'http', instance_port: 80, instance_protocol: 'http' }] }, { arn: true, access_logs: true }),
      ],
    },
    expect: {
      'aws_lb.on': 'COMPLIANT',
      'aws_lb.off': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_elb.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogging' },
    },
  },
] satisfies RuleCase[];
