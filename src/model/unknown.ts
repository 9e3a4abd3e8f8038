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
  ) {}

  toJSON(): string {
    return `<unknown: ${this.reason}>`;
  }
}

export function unknown(reason: string, ref?: UnknownReference): Unknown {
  return new Unknown(reason, ref);
}

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}
