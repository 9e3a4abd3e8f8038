/** A web ACL as the rules' documented examples declare it, open for the properties each example adds. */
export const WEB_ACL = `Resources:
  Edge:
    Type: AWS::WAFv2::WebACL
    Properties:
      Name: edge
      Scope: REGIONAL
      DefaultAction: { Allow: {} }
      VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: edge }
`;
