import type { Resource } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import type { Value } from '../../model/value.js';

/**
 * Whether a property is set. A value known only at deployment (`Fn::ImportValue`, `Fn::GetAtt`,
 * `Fn::Sub` with pseudo parameters, an undecidable `Fn::If` between two values) is set; an
 * undecidable `Fn::If` with `AWS::NoValue` on one side may be absent: its `Unknown` is returned.
 * `undefined`, `null` and `''` are not set.
 */
export function isSet(value: Value | undefined): boolean | Unknown {
  if (value === undefined || value === null || value === '') return false;
  return isUnknown(value) && value.mayBeAbsent ? value : true;
}

/**
 * Whether a resource of the document certainly exists: `true`, or an `Unknown` when it is
 * declared under a `Condition:` that can not be decided before deployment. A rule that decides
 * from a related resource (a flow log, a policy, an attachment, a separate ingress rule) must not
 * count a conditional one as certain.
 */
export function existence(resource: Resource): true | Unknown {
  if (resource.conditional === undefined) return true;
  return unknown(`${resource.id} is created only when condition ${resource.conditional} holds`);
}
