/** A KMS key as the rules' documented examples declare it, properties open for the setting each example adds. */
export const KEY = 'Resources:\n  DataKey:\n    Type: AWS::KMS::Key\n    Properties:\n      Description: data key\n      KeyPolicy: { Version: "2012-10-17", Statement: [] }\n';
