/** A DAX cluster as the rules' documented examples declare it, properties open for the setting each example adds. */
export const DAX_CLUSTER =
  'Resources:\n  Cache:\n    Type: AWS::DAX::Cluster\n    Properties:\n      NodeType: dax.t3.small\n      ReplicationFactor: 3\n      IAMRoleARN: arn:aws:iam::123456789012:role/dax-access\n';
