import jsYaml from 'js-yaml';

/**
 * The scalars of YAML 1.1 as PyYAML's SafeLoader resolves them (cfn-lint, the AWS CLI and SAM read
 * templates with it; CloudFormation documents YAML 1.1): `yes`/`no`/`on`/`off` are booleans,
 * `0777` is octal, `1_000` and `1:30` (base 60) are integers, a float needs a dot, and `1e3` is a
 * string. Timestamps stay the text they are written as: CloudFormation has no timestamp type, and
 * `AWSTemplateFormatVersion: 2010-09-09` is a string to it.
 */
const { Type, FAILSAFE_SCHEMA } = jsYaml;

const NULL = /^(?:~|null|Null|NULL)$/;
const TRUE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const FALSE = /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/;
const INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** Base 60 digits (`1:30:00`), as PyYAML reads them. */
function sexagesimal(digits: string): number {
  let value = 0;
  for (const part of digits.split(':')) value = value * 60 + Number(part);
  return value;
}

const PLAIN_DECIMAL = /^[-+]?(?:0|[1-9][0-9]*)$/;

function constructInt(source: string): number {
  // Most integers are plain decimals (ports, sizes, counts); `|| 0` makes "-0" the 0 PyYAML gives.
  if (PLAIN_DECIMAL.test(source)) return Number(source) || 0;
  let text = source.replaceAll('_', '');
  let sign = 1;
  if (text.startsWith('-')) sign = -1;
  if (text.startsWith('-') || text.startsWith('+')) text = text.slice(1);
  if (text === '0') return 0;
  // BigInt keeps every digit; Number() then rounds once, as JSON.parse does for a long integer.
  if (text.startsWith('0b')) return sign * Number(BigInt(text));
  if (text.startsWith('0x')) return sign * Number(BigInt(text));
  if (text.startsWith('0')) return sign * Number(BigInt(`0o${text.slice(1)}`));
  if (text.includes(':')) return sign * sexagesimal(text);
  return sign * Number(text);
}

function constructFloat(source: string): number {
  let text = source.replaceAll('_', '').toLowerCase();
  let sign = 1;
  if (text.startsWith('-')) sign = -1;
  if (text.startsWith('-') || text.startsWith('+')) text = text.slice(1);
  if (text === '.inf') return sign * Infinity;
  if (text === '.nan') return Number.NaN;
  if (text.includes(':')) return sign * sexagesimal(text);
  return sign * Number.parseFloat(text);
}

const isText = (data: unknown): data is string => typeof data === 'string';

/**
 * Every plain scalar is tried against each implicit type, as PyYAML does by its first character:
 * a character test first spares most strings (`AWS::S3::Bucket`, names) the regular expressions.
 */
const startsWith = (first: string) => {
  const codes = new Set([...first].map((c) => c.charCodeAt(0)));
  return (data: string): boolean => codes.has(data.charCodeAt(0));
};
const mayBeNull = startsWith('~nN');
const mayBeBool = startsWith('yYnNtTfFoO');
const mayBeInt = startsWith('-+0123456789');
const mayBeFloat = startsWith('-+0123456789.');

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data) => data === null || data === '' || (isText(data) && mayBeNull(data) && NULL.test(data)),
  construct: () => null,
});
const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data) => isText(data) && mayBeBool(data) && (TRUE.test(data) || FALSE.test(data)),
  construct: (data: string) => TRUE.test(data),
});
const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data) => isText(data) && mayBeInt(data) && INT.test(data),
  construct: constructInt,
});
const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data) => isText(data) && mayBeFloat(data) && FLOAT.test(data),
  construct: constructFloat,
});
/** `<<` merges a mapping (or a list of them) into the mapping it is a key of. */
const mergeType = new Type('tag:yaml.org,2002:merge', {
  kind: 'scalar',
  resolve: (data) => data === '<<' || data === null,
});
/**
 * A plain `=` is YAML 1.1's "value" key, which PyYAML resolves but cannot construct: it refuses the
 * file, and so does this reader (the walk reports a node of this tag).
 */
export const VALUE_TAG = 'tag:yaml.org,2002:value';
const valueType = new Type(VALUE_TAG, {
  kind: 'scalar',
  resolve: (data) => data === '=',
});
/** `!!timestamp` written out: the text itself (CloudFormation has no timestamp type). */
const timestampType = new Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  construct: (data: string | null) => data ?? '',
});

/** The long-form key of a short-form tag: `!Ref` → `Ref`, `!Sub` → `Fn::Sub`, `!Rain::Embed` → `Fn::Rain::Embed`. */
export function longFormOf(tag: string): string {
  const name = tag.slice(1);
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

/**
 * Every local tag (`!Name`) is a short-form intrinsic, as the AWS CLI, SAM and cfn-lint read them:
 * `!Ref x` is `{ Ref: x }`, `!Sub s` is `{ "Fn::Sub": s }`, `!GetAtt R.Attr` is
 * `{ "Fn::GetAtt": [R, Attr] }`. A tag CloudFormation does not know (`!Rain::Embed`) becomes a
 * function the resolver reports as unsupported, never a plain value.
 */
const shortFormTypes = (['scalar', 'sequence', 'mapping'] as const).map(
  (kind) =>
    new Type('!', {
      kind,
      multi: true,
      construct: (data: unknown, tag?: string) => {
        const key = longFormOf(tag ?? '!');
        if (kind === 'scalar') {
          // An empty node is the empty string, as PyYAML's construct_scalar gives.
          const text = (data as string | null) ?? '';
          if (key === 'Fn::GetAtt') {
            const dot = text.indexOf('.');
            return { [key]: dot < 0 ? [text] : [text.slice(0, dot), text.slice(dot + 1)] };
          }
          return { [key]: text };
        }
        return { [key]: data };
      },
    }),
);

/** The schema of CloudFormation YAML: YAML 1.1 scalars, merge keys and the short-form tags. */
export const CLOUDFORMATION_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [nullType, boolType, intType, floatType, mergeType, valueType],
  explicit: [timestampType, ...shortFormTypes],
});
