/** A launch configuration and an Auto Scaling group as the rules' documented examples declare them, open for the setting each example adds. */
export const LAUNCH_CONFIGURATION =
  'Resources:\n  Launch:\n    Type: AWS::AutoScaling::LaunchConfiguration\n    Properties:\n      ImageId: ami-0abcdef1234567890\n      InstanceType: t3.micro\n';
export const GROUP = 'Resources:\n  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MinSize: "1"\n      MaxSize: "2"\n';
