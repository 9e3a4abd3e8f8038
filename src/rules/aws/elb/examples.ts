/** Load balancers as the rules' documented examples declare them, open for the setting each example adds. */
export const CLASSIC =
  'Resources:\n  Web:\n    Type: AWS::ElasticLoadBalancing::LoadBalancer\n    Properties:\n      AvailabilityZones: [us-east-1a, us-east-1b]\n';
export const HTTPS_LISTENER =
  '      Listeners:\n        - LoadBalancerPort: "443"\n          InstancePort: "80"\n          Protocol: HTTPS\n          InstanceProtocol: HTTP\n          SSLCertificateId: arn:aws:acm:us-east-1:123456789012:certificate/0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c\n';
export const HTTP_LISTENER = '      Listeners:\n        - LoadBalancerPort: "80"\n          InstancePort: "80"\n          Protocol: HTTP\n';
export const APPLICATION =
  'Resources:\n  Web:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Subnets: [subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002]\n';
