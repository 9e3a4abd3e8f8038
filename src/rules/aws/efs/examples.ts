/** An EFS access point as the rules' documented examples declare it, properties open for the setting each example adds. */
export const ACCESS_POINT = 'Resources:\n  AppAccess:\n    Type: AWS::EFS::AccessPoint\n    Properties:\n      FileSystemId: fs-0a1b2c3d\n';
