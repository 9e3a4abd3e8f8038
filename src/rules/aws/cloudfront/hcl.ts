/** Terraform fixtures: an `aws_cloudfront_distribution` with the blocks each case changes. */
export function tfDistribution(name: string, blocks: { viewer?: string; ordered?: string; origins?: string; extra?: string; certificate?: string } = {}): string {
  return `
resource "aws_cloudfront_distribution" "${name}" {
  enabled = true
${blocks.extra ?? ''}
${
  blocks.origins ??
  `  origin {
    origin_id   = "web"
    domain_name = "web.example.com"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }`
}

  default_cache_behavior {
    target_origin_id       = "web"
    viewer_protocol_policy = "${blocks.viewer ?? 'redirect-to-https'}"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
${blocks.ordered ?? ''}
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
${blocks.certificate ?? '    cloudfront_default_certificate = true'}
  }
}
`;
}

/** A plan's `after` for an `aws_cloudfront_distribution`, with the attributes each case changes. */
export function planDistribution(after: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    enabled: true,
    aliases: null,
    default_root_object: '',
    web_acl_id: '',
    origin: [{ origin_id: 'web', domain_name: 'web.example.com', origin_access_control_id: '', origin_path: '', custom_origin_config: [{ http_port: 80, https_port: 443, origin_protocol_policy: 'https-only', origin_ssl_protocols: ['TLSv1.2'] }], s3_origin_config: [] }],
    origin_group: [],
    default_cache_behavior: [{ target_origin_id: 'web', viewer_protocol_policy: 'redirect-to-https', allowed_methods: ['GET', 'HEAD'], cached_methods: ['GET', 'HEAD'] }],
    ordered_cache_behavior: [],
    logging_config: [],
    restrictions: [{ geo_restriction: [{ restriction_type: 'none', locations: [] }] }],
    viewer_certificate: [{ cloudfront_default_certificate: true, acm_certificate_arn: '', iam_certificate_id: '', minimum_protocol_version: 'TLSv1', ssl_support_method: '' }],
    ...after,
  };
}
