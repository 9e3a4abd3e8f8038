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
  ) {}

  toJSON(): string {
    return `<unknown: ${this.reason}>`;
  }
}

export function unknown(reason: string, ref?: UnknownReference, mayBeAbsent = false): Unknown {
  return new Unknown(reason, ref, mayBeAbsent);
}

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}
