import type { Value } from './value.js';

/**
 * An explicit "we cannot know this value" marker. Unresolved intrinsics, Terraform
 * `(known after apply)` values and properties Config did not record all become an
 * `Unknown`, never `undefined` and never a guess.
 */
export interface UnknownReference {
  /** Logical id / address of the resource the value points at. */
  readonly resource: string;
  /** `Fn::GetAtt` attribute, Terraform attribute; absent for a plain `Ref` / `.id`. */
  readonly attribute?: string;
}

/**
 * A string CloudFormation builds from parts (`Fn::Sub`, `Fn::Join`) when some part is not known:
 * one string, whatever its parts turn out to be.
 */
export interface BuiltString {
  /** `Fn::Sub`'s text as written, `${...}` where the values go; absent for `Fn::Join`. */
  readonly template?: string;
  /** Its first unknown part is a `Ref` to a name the template does not declare: nothing CloudFormation would build. */
  readonly broken: boolean;
}

export class Unknown {
  constructor(
    /** Why the value is unknown, e.g. `Fn::GetAtt MyKey.Arn`, `(known after apply)`. */
    readonly reason: string,
    /** When the unknown value is a reference to another resource, which one. */
    readonly ref?: UnknownReference,
    /**
     * The property may not exist at all (an undecidable `Fn::If` with `AWS::NoValue` on one
     * side). Without it, an Unknown is a value that is there but not known yet.
     */
    readonly mayBeAbsent = false,
    /**
     * For a JSON text that is not known as a whole (Terraform `jsonencode` of a value with an
     * unknown inside, a heredoc policy with `${aws_sqs_queue.q.arn}` in it): what the text decodes
     * to, with an Unknown only where the text is not known. Policy readers use it, so one unknown
     * value does not hide the literal rest of a document.
     */
    readonly json?: Value,
    /** For a string built from parts (`Fn::Sub`, `Fn::Join`): what it is built from (see BuiltString). */
    readonly built?: BuiltString,
  ) {}

  toJSON(): string {
    return `<unknown: ${this.reason}>`;
  }
}

export function unknown(reason: string, ref?: UnknownReference, mayBeAbsent = false): Unknown {
  return new Unknown(reason, ref, mayBeAbsent);
}

/** A JSON text that is not known as a whole, whose decoded structure is (see `Unknown.json`). */
export function unknownJson(reason: string, json: Value, built?: BuiltString): Unknown {
  return new Unknown(reason, undefined, false, json, built);
}

/** A string built from parts, some not known (see `Unknown.built`). */
export function unknownBuiltString(reason: string, built: BuiltString): Unknown {
  return new Unknown(reason, undefined, false, undefined, built);
}

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}
