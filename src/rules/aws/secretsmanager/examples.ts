/** A secret as the rules' documented examples declare it, properties open for the setting each example adds. */
export const SECRET = 'Resources:\n  DatabasePassword:\n    Type: AWS::SecretsManager::Secret\n    Properties:\n      Description: database password\n      GenerateSecretString: { PasswordLength: 32, ExcludePunctuation: true }\n';
