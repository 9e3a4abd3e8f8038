import type { ResourceGraph } from '../../model/graph.js';
import type { Resource } from '../../model/resource.js';
import { byLiteral, inGraphOrder } from './lookup.js';

/**
 * The `AWS::S3::BucketPolicy` resources of a bucket: those whose `Bucket` refers to it (`Ref`, a
 * Terraform reference, a known id) and those naming its `BucketName` literally. A partial bucket
 * (a policy on a bucket the input does not declare) has the policy that named it. Indexed once per
 * graph.
 */
export function bucketPolicies(bucket: Resource, graph: ResourceGraph): Resource[] {
  const byTarget = graph.memo('s3:bucket-policies-by-target', () => {
    const index = new Map<string, Resource[]>();
    for (const policy of graph.ofType('AWS::S3::BucketPolicy')) {
      const target = graph.target(policy.properties.Bucket);
      if (!target) continue;
      const list = index.get(target.id);
      if (list) list.push(policy);
      else index.set(target.id, [policy]);
    }
    return index;
  });
  const name = bucket.properties.BucketName;
  const named = typeof name === 'string' ? (byLiteral(graph, 'AWS::S3::BucketPolicy', 'Bucket').get(name) ?? []) : [];
  return inGraphOrder(graph, [...(byTarget.get(bucket.id) ?? []), ...named]);
}
