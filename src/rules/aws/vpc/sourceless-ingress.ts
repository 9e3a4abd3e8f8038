/**
 * Security groups whose ingress rules name no source (no CIDR, security group or prefix list), which
 * EC2 refuses: one covering every TCP port inline, one admitting everything as a separate
 * `AWS::EC2::SecurityGroupIngress`, and one allowing only HTTPS that way beside SSH from a prefix
 * list; instances use the first and the last. Shared by the fixtures of the security-group rules.
 */
export const SOURCELESS_INGRESS_TEMPLATE = `
Resources:
  Sourceless:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: a rule without a source
      VpcId: vpc-0123456789abcdef0
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 0, ToPort: 65535 }
  SourcelessSeparate:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: a separate rule without a source
      VpcId: vpc-0123456789abcdef0
  AnythingFromNowhere:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !Ref SourcelessSeparate, IpProtocol: '-1' }
  SourcelessHttps:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: HTTPS without a source, SSH from a prefix list
      VpcId: vpc-0123456789abcdef0
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 443, ToPort: 443 }
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, SourcePrefixListId: pl-0123456789abcdef0 }
  Server:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      SecurityGroupIds: [!Ref Sourceless]
  WebServer:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      SecurityGroupIds: [!GetAtt SourcelessHttps.GroupId]
`;
