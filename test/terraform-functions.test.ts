import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { callFunction, FunctionError, LAZY_FUNCTIONS, TERRAFORM_FUNCTIONS } from '../src/inputs/terraform/hcl/functions.js';
import type { Unknown } from '../src/model/unknown.js';
import { isUnknown, unknown } from '../src/model/unknown.js';
import type { Value } from '../src/model/value.js';

/** Expect a FunctionError whose message matches. */
class Throws {
  constructor(readonly message: RegExp) {}
}
/** Expect an Unknown whose reason matches. */
class IsUnknown {
  constructor(readonly reason: RegExp) {}
}
const throws = (message: RegExp) => new Throws(message);
const isUnk = (reason: RegExp = /.*/) => new IsUnknown(reason);
type Expected = Value | Throws | IsUnknown;
type Case = [name: string, args: Value[], expected: Expected];

const U = unknown('aws_instance.web.id (known after apply)');
const REF = unknown('aws_s3_bucket.b.id', { resource: 'aws_s3_bucket.b' });

const cases: Case[] = [
  // --- collections ---
  ['merge', [{ a: 1, b: 2 }, { b: 3, c: 4 }], { a: 1, b: 3, c: 4 }],
  ['merge', [{ a: 1 }, null, {}], { a: 1 }],
  ['merge', [], {}],
  ['merge', [{ a: U }, { b: 1 }], { a: U, b: 1 }],
  ['merge', [{ a: 1 }, U], isUnk(/^merge\(aws_instance\.web\.id/)],
  ['merge', [{ a: 1 }, ['x']], throws(/^merge: arguments must be maps or objects, got list/)],
  ['concat', [['a'], [], ['b', 'c']], ['a', 'b', 'c']],
  ['concat', [[U], [1]], [U, 1]],
  ['concat', [['a'], U], isUnk(/^concat\(/)],
  ['concat', [['a'], 'b'], throws(/^concat: argument 2 must be a list/)],
  ['concat', [], throws(/^concat: expects at least 1 argument, got 0$/)],
  ['lookup', [{ a: 'x', b: 'y' }, 'a'], 'x'],
  ['lookup', [{ a: 'x' }, 'z', 'default'], 'default'],
  ['lookup', [{ a: 'x' }, 'z', null], null],
  ['lookup', [{ a: U }, 'a'], U],
  ['lookup', [U, 'a'], isUnk(/^lookup\(/)],
  ['lookup', [{ a: 1 }], throws(/^lookup: expects 2 or 3 arguments, got 1$/)],
  ['lookup', [{ a: 1 }, 'b'], throws(/^lookup: key "b" not found/)],
  ['lookup', [{}, 'constructor'], throws(/not found/)],
  ['element', [['a', 'b', 'c'], 1], 'b'],
  ['element', [['a', 'b', 'c'], 5], 'c'],
  ['element', [['a', 'b'], '0'], 'a'],
  ['element', [['a', 'b'], U], isUnk(/^element\(/)],
  ['element', [['a'], -1], throws(/^element: cannot use element function with a negative index$/)],
  ['element', [[], 0], throws(/empty list/)],
  ['element', [['a'], 1.5], throws(/must be a whole number/)],
  ['length', [['a', 'b']], 2],
  ['length', [{ a: 1, b: 2, c: 3 }], 3],
  ['length', ['héllo'], 5],
  ['length', ['e\u0301\u{1F600}'], 2],
  ['length', [[U, U]], 2],
  ['length', [U], isUnk(/^length\(aws_instance/)],
  ['length', [5], throws(/^length: argument must be a string, a collection or a structural type, got number/)],
  ['length', [null], throws(/^length: argument 1 must not be null$/)],
  ['keys', [{ b: 1, a: 2, '10': 3, '9': 4 }], ['10', '9', 'a', 'b']],
  ['keys', [{}], []],
  ['keys', [{ a: U }], ['a']],
  ['keys', [U], isUnk()],
  ['keys', [['a']], throws(/^keys: argument must be a map or object, got list/)],
  ['values', [{ b: 1, a: 2 }], [2, 1]],
  ['values', [{ z: 'x', y: U }], [U, 'x']],
  ['values', [{}], []],
  ['values', ['x'], throws(/^values: argument must be a map/)],
  ['contains', [['a', 'b'], 'b'], true],
  ['contains', [['a', 'b'], 'c'], false],
  ['contains', [['1', '2'], 1], true],
  ['contains', [[{ a: 1 }], { a: 1 }], true],
  ['contains', [['a', U], 'a'], isUnk(/^contains\(/)],
  ['contains', ['a', 'a'], throws(/^contains: argument 1 must be a list/)],
  ['index', [['a', 'b', 'c'], 'b'], 1],
  ['index', [[1, 2], 2], 1],
  ['index', [['a'], 'z'], throws(/^index: item not found$/)],
  ['index', [['a', U], 'a'], isUnk()],
  ['distinct', [['a', 'b', 'a', 'c', 'b']], ['a', 'b', 'c']],
  ['distinct', [[]], []],
  ['distinct', [[1, '1', 2]], ['1', '2']],
  ['distinct', [['a', U]], isUnk(/^distinct\(/)],
  ['distinct', [{ a: 1 }], throws(/^distinct: argument must be a list/)],
  ['flatten', [[['a', 'b'], [], ['c', ['d']]]], ['a', 'b', 'c', 'd']],
  ['flatten', [[1, null, [2]]], [1, null, 2]],
  ['flatten', [[]], []],
  ['flatten', [[['a'], U]], isUnk(/^flatten\(/)],
  ['flatten', ['a'], throws(/^flatten: /)],
  ['compact', [['a', '', null, 'b']], ['a', 'b']],
  ['compact', [[1, '']], ['1']],
  ['compact', [[]], []],
  ['compact', [['a', U]], isUnk()],
  ['compact', [[['a']]], throws(/^compact: element 0 must be a string/)],
  ['coalesce', ['', null, 'b', 'c'], 'b'],
  ['coalesce', [1, 2], 1],
  ['coalesce', [null, 1, 'x'], '1'],
  ['coalesce', ['a', U], 'a'],
  ['coalesce', ['', U, 'a'], isUnk(/^coalesce\(aws_instance/)],
  ['coalesce', [null, ''], throws(/^coalesce: no non-null, non-empty-string arguments$/)],
  ['coalescelist', [[], ['a'], ['b']], ['a']],
  ['coalescelist', [null, [], [1, 2]], [1, 2]],
  ['coalescelist', [['a'], U], ['a']],
  ['coalescelist', [[], U], isUnk()],
  ['coalescelist', [[], []], throws(/^coalescelist: no non-empty list/)],
  ['coalescelist', ['x'], throws(/must be a list/)],
  ['slice', [['a', 'b', 'c', 'd'], 1, 3], ['b', 'c']],
  ['slice', [['a'], 0, 0], []],
  ['slice', [[U, 'b'], 0, 1], [U]],
  ['slice', [['a'], U, 1], isUnk()],
  ['slice', [['a'], 0, 2], throws(/^slice: end index must be less than or equal to the length/)],
  ['slice', [['a', 'b'], 2, 1], throws(/^slice: start index must be less than or equal to end index/)],
  ['slice', [['a'], -1, 1], throws(/greater than or equal to 0/)],
  ['reverse', [[1, 2, 3]], [3, 2, 1]],
  ['reverse', [[]], []],
  ['reverse', [[U, 1]], [1, U]],
  ['reverse', [U], isUnk()],
  ['reverse', ['abc'], throws(/^reverse: argument must be a list/)],
  ['sort', [['e', 'd', 'a', 'x']], ['a', 'd', 'e', 'x']],
  ['sort', [[10, 9, 1]], ['1', '10', '9']],
  ['sort', [['b', 'B', 'a']], ['B', 'a', 'b']],
  ['sort', [['a', U]], isUnk(/^sort\(/)],
  ['sort', [['a', null]], throws(/^sort: element 1 is null/)],
  ['zipmap', [['a', 'b'], [1, 2]], { a: 1, b: 2 }],
  ['zipmap', [['a'], [U]], { a: U }],
  ['zipmap', [[], []], {}],
  ['zipmap', [['a', U], [1, 2]], isUnk(/^zipmap\(/)],
  ['zipmap', [['a'], [1, 2]], throws(/^zipmap: number of keys \(1\) does not match number of values \(2\)$/)],
  ['range', [3], [0, 1, 2]],
  ['range', [1, 4], [1, 2, 3]],
  ['range', [4, 1], [4, 3, 2]],
  ['range', [0, 10, 3], [0, 3, 6, 9]],
  ['range', [0, 1, 0.25], [0, 0.25, 0.5, 0.75]],
  ['range', [U], isUnk()],
  ['range', [0, 5, 0], throws(/^range: step must not be zero$/)],
  ['range', [2000], throws(/^range: more than 1024 values/)],
  ['range', [1, 2, 3, 4], throws(/^range: expects 1 to 3 arguments, got 4$/)],
  ['setproduct', [['a', 'b'], ['x', 'y']], [['a', 'x'], ['a', 'y'], ['b', 'x'], ['b', 'y']]],
  ['setproduct', [['a'], []], []],
  ['setproduct', [['a'], U], isUnk()],
  ['setproduct', [['a']], throws(/^setproduct: expects at least 2 arguments, got 1$/)],
  ['setunion', [['a', 'b'], ['b', 'c'], ['d']], ['a', 'b', 'c', 'd']],
  ['setunion', [[3, 1], [2]], [1, 2, 3]],
  ['setunion', [['a'], [U]], isUnk()],
  ['setunion', [['a'], 'b'], throws(/^setunion: argument 2 must be a list/)],
  ['setintersection', [['a', 'b'], ['b', 'c'], ['b', 'd']], ['b']],
  ['setintersection', [['a'], ['b']], []],
  ['setintersection', [['a'], U], isUnk()],
  ['setintersection', [{}], throws(/must be a list/)],
  ['setsubtract', [['a', 'b', 'c'], ['a', 'c']], ['b']],
  ['setsubtract', [['a'], []], ['a']],
  ['setsubtract', [['a'], [U]], isUnk()],
  ['setsubtract', [['a']], throws(/^setsubtract: expects 2 arguments, got 1$/)],
  ['chunklist', [['a', 'b', 'c', 'd', 'e'], 2], [['a', 'b'], ['c', 'd'], ['e']]],
  ['chunklist', [['a', 'b'], 0], [['a', 'b']]],
  ['chunklist', [[], 3], []],
  ['chunklist', [[U, 'b'], 1], [[U], ['b']]],
  ['chunklist', [['a'], -1], throws(/^chunklist: the size argument must be positive$/)],
  ['one', [[]], null],
  ['one', [['a']], 'a'],
  ['one', [[U]], U],
  ['one', [U], isUnk()],
  ['one', [['a', 'b']], throws(/^one: must be a list, set or tuple with either zero or one elements/)],
  ['alltrue', [[true, 'true']], true],
  ['alltrue', [[]], true],
  ['alltrue', [[true, false]], false],
  ['alltrue', [[U, false]], false],
  ['alltrue', [[U, true]], isUnk(/^alltrue\(/)],
  ['alltrue', [['yes']], throws(/^alltrue: element 0 must be a bool/)],
  ['anytrue', [[false, 'true']], true],
  ['anytrue', [[]], false],
  ['anytrue', [[U, true]], true],
  ['anytrue', [[U, false]], isUnk()],
  ['anytrue', [[1]], throws(/^anytrue: element 0 must be a bool/)],
  ['sum', [[1, 2, 3.5]], 6.5],
  ['sum', [['1', 2]], 3],
  ['sum', [[1, U]], isUnk(/^sum\(/)],
  ['sum', [[]], throws(/^sum: cannot sum an empty list$/)],
  ['sum', [['x']], throws(/^sum: element 0 must be a number/)],
  ['matchkeys', [['i-1', 'i-2', 'i-3'], ['a', 'b', 'a'], ['a']], ['i-1', 'i-3']],
  ['matchkeys', [['x'], ['a'], []], []],
  ['matchkeys', [[U, 'y'], ['a', 'b'], ['a']], [U]],
  ['matchkeys', [['x'], [U], ['a']], isUnk()],
  ['matchkeys', [['x'], ['a', 'b'], ['a']], throws(/^matchkeys: length of keys \(2\) and values \(1\) must be equal$/)],
  ['transpose', [{ a: ['1', '2'], b: ['2', '3'] }], { '1': ['a'], '2': ['a', 'b'], '3': ['b'] }],
  ['transpose', [{}], {}],
  ['transpose', [{ a: [U] }], isUnk()],
  ['transpose', [{ a: 'x' }], throws(/^transpose: value of "a" must be a list/)],

  // --- type conversions ---
  ['tostring', ['a'], 'a'],
  ['tostring', [1.5], '1.5'],
  ['tostring', [true], 'true'],
  ['tostring', [null], null],
  ['tostring', [1e21], '1000000000000000000000'],
  ['tostring', [['a']], throws(/^tostring: cannot convert list to string$/)],
  ['tonumber', ['42'], 42],
  ['tonumber', [1], 1],
  ['tonumber', ['1e3'], 1000],
  ['tonumber', ['0x10'], throws(/^tonumber: cannot convert "0x10" to number$/)],
  ['tonumber', [true], throws(/cannot convert bool to number/)],
  ['tobool', ['true'], true],
  ['tobool', [false], false],
  ['tobool', [null], null],
  ['tobool', ['yes'], throws(/^tobool: cannot convert "yes" to bool$/)],
  ['tolist', [['a', 1]], ['a', '1']],
  ['tolist', [[]], []],
  ['tolist', [[U]], [U]],
  ['tolist', [{ a: 1 }], throws(/^tolist: cannot convert map to list$/)],
  ['toset', [['c', 'a', 'c', 'b']], ['a', 'b', 'c']],
  ['toset', [[3, 1, 3]], [1, 3]],
  ['toset', [['a', U]], isUnk(/^toset\(/)],
  ['toset', ['a'], throws(/^toset: cannot convert string to set$/)],
  ['tomap', [{ a: 1, b: 'x' }], { a: '1', b: 'x' }],
  ['tomap', [{ a: U }], { a: U }],
  ['tomap', [{}], {}],
  ['tomap', [['a']], throws(/^tomap: cannot convert list to map$/)],
  ['sensitive', ['x'], 'x'],
  ['sensitive', [null], null],
  ['sensitive', [U], U],
  ['sensitive', [], throws(/^sensitive: expects 1 argument, got 0$/)],
  ['nonsensitive', [{ a: 1 }], { a: 1 }],
  ['nonsensitive', [U], U],
  ['nonsensitive', [1], 1],

  // --- strings ---
  ['format', ['Hello, %s!', 'Ander'], 'Hello, Ander!'],
  ['format', ['There are %d lights', 4], 'There are 4 lights'],
  ['format', ['%d', '5'], '5'],
  ['format', ['%v|%v|%v|%v', 'a', 1.5, true, [1, 'b']], 'a|1.5|true|[1,"b"]'],
  ['format', ['%v', 1000000], '1e+06'],
  ['format', ['%#v', { a: 1 }], '{"a":1}'],
  ['format', ['%#v|%v', null, null], 'null|null'],
  ['format', ['%q', 'a"<'], '"a\\"\\u003c"'],
  ['format', ['%t %%', 'true'], 'true %'],
  ['format', ['%f|%.2f|%8.3f|%-6.1f|', 1.5, 3.14159, 2.5, 1], '1.500000|3.14|   2.500|1.0   |'],
  ['format', ['%5s|%-5s|%.2s|%05d|%+d', 'ab', 'cd', 'xyz', 42, 7], '   ab|cd   |xy|00042|+7'],
  ['format', ['%x %X %o %b %#x', 255, 255, 8, 5, 255], 'ff FF 10 101 0xff'],
  ['format', ['%e %g %g', 123456.789, 0.00001234, 100], '1.234568e+05 1.234e-05 100'],
  ['format', ['%[2]s %[1]s %s', 'a', 'b'], 'b a b'],
  ['format', ['%s', U], isUnk(/^format\(/)],
  ['format', ['%s', [U]], isUnk()],
  ['format', ['%s %s', 'a'], throws(/^format: not enough arguments for "%s" at 3: need index 2 but have 1 total$/)],
  ['format', ['%s', 'a', 'b'], throws(/^format: too many arguments; only 1 used by format string$/)],
  ['format', ['%d', 1.5], throws(/an integer is required/)],
  ['format', ['%s', null], throws(/null value cannot be formatted/)],
  ['format', ['%s', ['a']], throws(/must be a string, got list/)],
  ['format', ['%z', 1], throws(/^format: unsupported format verb "z"/)],
  ['format', ['abc %'], throws(/^format: invalid format string starting at offset 4$/)],
  ['formatlist', ['Hello, %s!', ['Valentina', 'Ander']], ['Hello, Valentina!', 'Hello, Ander!']],
  ['formatlist', ['%s, %s!', 'Salutations', ['Valentina', 'Ander']], ['Salutations, Valentina!', 'Salutations, Ander!']],
  ['formatlist', ['%s=%d', ['a', 'b'], [1, 2]], ['a=1', 'b=2']],
  ['formatlist', ['x'], ['x']],
  ['formatlist', ['%s', ['a', U]], ['a', unknown('formatlist(aws_instance.web.id (known after apply))')]],
  ['formatlist', ['%s', U], isUnk()],
  ['formatlist', ['%s%s', ['a'], ['b', 'c']], throws(/^formatlist: argument 3 has length 2, which is inconsistent with argument 2 of length 1$/)],
  ['join', [', ', ['foo', 'bar', 'baz']], 'foo, bar, baz'],
  ['join', [',', [1, 2], [true]], '1,2,true'],
  ['join', [',', []], ''],
  ['join', [',', ['a', U]], isUnk(/^join\(aws_instance/)],
  ['join', [',', ['a', null]], throws(/^join: element 1 of argument 2 is null$/)],
  ['join', [','], throws(/^join: expects at least 2 arguments, got 1$/)],
  ['split', [',', 'foo,bar,baz'], ['foo', 'bar', 'baz']],
  ['split', [',', 'foo'], ['foo']],
  ['split', [',', ''], ['']],
  ['split', ['', 'ab'], ['a', 'b']],
  ['split', [',', U], isUnk()],
  ['split', [',', ['a']], throws(/^split: str must be a string, got list$/)],
  ['lower', ['HELLO Wörld'], 'hello wörld'],
  ['lower', [''], ''],
  ['lower', [U], isUnk(/^lower\(/)],
  ['lower', [[]], throws(/^lower: argument must be a string/)],
  ['upper', ['hello straße'], 'HELLO STRAßE'],
  ['upper', [1], '1'],
  ['upper', [{}], throws(/^upper: /)],
  ['title', ['hello world'], 'Hello World'],
  ['title', ['hello-world_foo bar.baz'], 'Hello-World_foo Bar.Baz'],
  ['title', [''], ''],
  ['trim', ['?!hello?!', '!?'], 'hello'],
  ['trim', ['foobar', 'fr'], 'ooba'],
  ['trim', ['', 'x'], ''],
  ['trim', [U, 'x'], isUnk()],
  ['trimprefix', ['helloworld', 'hello'], 'world'],
  ['trimprefix', ['helloworld', 'cat'], 'helloworld'],
  ['trimprefix', ['hello', ''], 'hello'],
  ['trimsuffix', ['helloworld', 'world'], 'hello'],
  ['trimsuffix', ['helloworld', 'cat'], 'helloworld'],
  ['trimsuffix', ['a', 'a'], ''],
  ['trimspace', ['  hello\n\t'], 'hello'],
  ['trimspace', ['\u00a0x\u3000'], 'x'],
  ['trimspace', ['\ufeffx'], '\ufeffx'],
  ['replace', ['1 + 2 + 3', '+', '-'], '1 - 2 - 3'],
  ['replace', ['hello world', '/w.*d/', 'everybody'], 'hello everybody'],
  ['replace', ['hello world', '/(o)/', '[$1]'], 'hell[o] w[o]rld'],
  ['replace', ['abc', '/(?P<x>b)/', '${x}$1x$$'], 'ab$c'],
  ['replace', ['baaac', '/a*/', '-'], '-b-c-'],
  ['replace', ['a/b', '/', '|'], 'a|b'],
  ['replace', ['abc', '/(/', 'x'], throws(/^replace: invalid regexp pattern/)],
  ['substr', ['hello world', 1, 4], 'ello'],
  ['substr', ['🤔🤷', 0, 1], '🤔'],
  ['substr', ['hello world', -5, -1], 'world'],
  ['substr', ['hello', 10, 2], ''],
  ['substr', ['hello', 1.5, 1], throws(/^substr: offset must be a whole number/)],
  ['regex', ['[a-z]+', '53453453.345345aaabbbccc23454'], 'aaabbbccc'],
  ['regex', ['(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)', '2019-02-01'], ['2019', '02', '01']],
  ['regex', ['^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?', 'https://terraform.io/docs/'], { authority: 'terraform.io', scheme: 'https' }],
  ['regex', ['(?i)abc', 'xABC'], 'ABC'],
  ['regex', ['[[:digit:]]+', 'ab12'], '12'],
  ['regex', ['\\Aab\\z', 'ab'], 'ab'],
  ['regex', ['[a-z]+', '123'], throws(/^regex: pattern did not match any part of the given string$/)],
  ['regex', ['(?P<a>x)(y)', 'xy'], throws(/cannot mix both named and unnamed capture groups/)],
  ['regex', ['[', 'x'], throws(/^regex: invalid regexp pattern/)],
  ['regexall', ['[a-z]+', '1234abcd5678efgh9'], ['abcd', 'efgh']],
  ['regexall', ['[a-z]+', '123'], []],
  ['regexall', ['a*', 'baaac'], ['', 'aaa', '']],
  ['regexall', ['(\\w)=(\\d)', 'a=1 b=2'], [['a', '1'], ['b', '2']]],
  ['regexall', [U, 'x'], isUnk()],
  ['startswith', ['hello world', 'hello'], true],
  ['startswith', ['hello world', 'world'], false],
  ['startswith', ['x', ''], true],
  ['endswith', ['hello world', 'world'], true],
  ['endswith', ['hello world', 'hello'], false],
  ['endswith', [U, 'x'], isUnk()],
  ['strcontains', ['hello world', 'wor'], true],
  ['strcontains', ['hello world', 'wod'], false],
  ['strcontains', ['a', ''], true],
  ['strrev', ['hello'], 'olleh'],
  ['strrev', ['a☃b'], 'b☃a'],
  ['strrev', ['e\u0301x'], 'xe\u0301'],
  ['chomp', ['hello\n'], 'hello'],
  ['chomp', ['hello\r\n\n'], 'hello'],
  ['chomp', ['hello\n\nworld'], 'hello\n\nworld'],
  ['indent', [2, 'a\nb\n\nc'], 'a\n  b\n  \n  c'],
  ['indent', [0, 'a\nb'], 'a\nb'],
  ['indent', [4, 'x'], 'x'],
  ['indent', [-1, 'x'], throws(/^indent: spaces must not be negative$/)],

  // --- encoding ---
  ['jsonencode', [{ hello: 'world' }], '{"hello":"world"}'],
  ['jsonencode', [{ b: [1, true, null], a: 'x<>&' }], '{"a":"x\\u003c\\u003e\\u0026","b":[1,true,null]}'],
  ['jsonencode', [1e21], '1000000000000000000000'],
  ['jsonencode', ['\u2028\n\u0001'], '"\\u2028\\n\\u0001"'],
  ['jsonencode', [null], 'null'],
  ['jsonencode', [{ a: [U] }], isUnk(/^jsonencode\(aws_instance/)],
  ['jsonencode', [Infinity], throws(/^jsonencode: cannot encode/)],
  ['jsondecode', ['{"hello": "world", "n": [1, 2.5, null, true]}'], { hello: 'world', n: [1, 2.5, null, true] }],
  ['jsondecode', ['"x"'], 'x'],
  ['jsondecode', ['{"__proto__": 1}'], JSON.parse('{"__proto__": 1}') as Value],
  ['jsondecode', [U], isUnk()],
  ['jsondecode', ['{'], throws(/^jsondecode: invalid JSON/)],
  ['yamlencode', [{ a: 'b', c: 'd' }], '"a": "b"\n"c": "d"\n'],
  ['yamlencode', [{ foo: [1, 2, 3], bar: 'baz' }], '"bar": "baz"\n"foo":\n- 1\n- 2\n- 3\n'],
  ['yamlencode', [{ foo: [1, { a: 'b', c: 'd' }, 3], bar: 'baz' }], '"bar": "baz"\n"foo":\n- 1\n- "a": "b"\n  "c": "d"\n- 3\n'],
  ['yamlencode', [[]], '[]\n'],
  ['yamlencode', [[U]], isUnk()],
  ['yamldecode', ['hello: world\nlist: [1, true, ~]\n'], { hello: 'world', list: [1, true, null] }],
  ['yamldecode', ['- a\n- 2'], ['a', 2]],
  ['yamldecode', [''], null],
  ['yamldecode', ['a: [\n'], throws(/^yamldecode: invalid YAML/)],
  ['yamldecode', ['a: 1\n---\nb: 2\n'], throws(/^yamldecode: invalid YAML/)],
  ['base64encode', ['Hello World'], 'SGVsbG8gV29ybGQ='],
  ['base64encode', [''], ''],
  ['base64encode', ['☃'], '4piD'],
  ['base64encode', [U], isUnk(/^base64encode\(/)],
  ['base64decode', ['SGVsbG8gV29ybGQ='], 'Hello World'],
  ['base64decode', ['4piD'], '☃'],
  ['base64decode', ['SGVsbG8!'], throws(/^base64decode: failed to decode base64 data/)],
  ['base64decode', ['/w=='], throws(/^base64decode: the result of decoding the provided string is not valid UTF-8$/)],
  ['urlencode', ['Hello World!'], 'Hello+World%21'],
  ['urlencode', ['☃'], '%E2%98%83'],
  ['urlencode', ['foo:bar@localhost?foo=bar&bar=baz'], 'foo%3Abar%40localhost%3Ffoo%3Dbar%26bar%3Dbaz'],
  ['urlencode', ['a-b_c.d~e'], 'a-b_c.d~e'],
  ['csvdecode', ['a,b,c\n1,2,3\n4,5,6'], [{ a: '1', b: '2', c: '3' }, { a: '4', b: '5', c: '6' }]],
  ['csvdecode', ['a,b\r\n"x,""y""",z\r\n'], [{ a: 'x,"y"', b: 'z' }]],
  ['csvdecode', ['a,b\n'], []],
  ['csvdecode', ['a,b\n1\n'], throws(/^csvdecode: CSV parse error on line 2: wrong number of fields$/)],
  ['csvdecode', ['a,b\n1,x"y\n'], throws(/bare " in non-quoted-field/)],
  ['csvdecode', [''], throws(/^csvdecode: missing header line$/)],
  ['md5', ['hello world'], '5eb63bbbe01eeed093cb22bb8f5acdc3'],
  ['md5', [''], 'd41d8cd98f00b204e9800998ecf8427e'],
  ['md5', [U], isUnk(/^md5\(/)],
  ['sha1', ['hello world'], '2aae6c35c94fcfb415dbe95f408b9ce91ee846ed'],
  ['sha1', [''], 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
  ['sha1', [['x']], throws(/^sha1: argument must be a string/)],
  ['sha256', ['hello world'], 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9'],
  ['sha256', [''], 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['sha256', [U], isUnk()],
  [
    'sha512',
    ['hello world'],
    '309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f',
  ],
  ['sha512', [''], 'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e'],
  ['sha512', [], throws(/^sha512: expects 1 argument, got 0$/)],
  ['base64sha256', ['hello world'], 'uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek='],
  ['base64sha256', [''], '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='],
  ['base64sha256', [U], isUnk()],
  ['base64sha512', ['hello world'], 'MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw=='],
  ['base64sha512', ['abc'], '3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw=='],
  ['base64sha512', [U], isUnk()],
  ['uuidv5', ['dns', 'www.terraform.io'], 'a5008fae-b28c-5ba5-96cd-82b4c53552d6'],
  ['uuidv5', ['6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.terraform.io'], 'a5008fae-b28c-5ba5-96cd-82b4c53552d6'],
  ['uuidv5', ['url', U], isUnk()],
  ['uuidv5', ['bogus', 'x'], throws(/^uuidv5: namespace "bogus"/)],

  // --- numbers ---
  ['min', [12, 54, 3], 3],
  ['min', ['5', 7], 5],
  ['min', [1, U], isUnk(/^min\(/)],
  ['min', [], throws(/^min: expects at least 1 argument, got 0$/)],
  ['max', [12, 54, 3], 54],
  ['max', [-1], -1],
  ['max', ['x'], throws(/^max: argument 1 must be a number, got string "x"$/)],
  ['abs', [-12.4], 12.4],
  ['abs', [0], 0],
  ['abs', ['-3'], 3],
  ['abs', [U], isUnk()],
  ['ceil', [5.1], 6],
  ['ceil', [5], 5],
  ['ceil', [-5.1], -5],
  ['floor', [4.9], 4],
  ['floor', [-4.1], -5],
  ['floor', [true], throws(/^floor: argument must be a number, got bool$/)],
  ['signum', [-13], -1],
  ['signum', [0], 0],
  ['signum', [344], 1],
  ['pow', [3, 2], 9],
  ['pow', [4, 0], 1],
  ['pow', [2, U], isUnk()],
  ['log', [50, 10], Math.log(50) / Math.log(10)],
  ['log', [16, 2], 4],
  ['log', [1, 10], 0],
  ['parseint', ['100', 10], 100],
  ['parseint', ['FF', 16], 255],
  ['parseint', ['-1010', 2], -10],
  ['parseint', ['aA', 62], 10 * 62 + 36],
  ['parseint', ['12', 2], throws(/^parseint: cannot parse "12" as a base 2 integer$/)],
  ['parseint', ['1', 63], throws(/^parseint: base must be a whole number between 2 and 62/)],
  ['parseint', [U, 10], isUnk()],

  // --- IP networks ---
  ['cidrsubnet', ['172.16.0.0/12', 4, 2], '172.18.0.0/16'],
  ['cidrsubnet', ['10.1.2.0/24', 4, 15], '10.1.2.240/28'],
  ['cidrsubnet', ['fd00:fd12:3456:7890::/56', 16, 162], 'fd00:fd12:3456:7800:a200::/72'],
  ['cidrsubnet', ['10.1.2.3/24', 0, 0], '10.1.2.0/24'],
  ['cidrsubnet', ['10.0.0.0/8', U, 1], isUnk(/^cidrsubnet\(/)],
  ['cidrsubnet', ['10.0.0.0/30', 4, 0], throws(/^cidrsubnet: insufficient address space to extend prefix of 30 by 4$/)],
  ['cidrsubnet', ['10.0.0.0/8', 2, 4], throws(/^cidrsubnet: prefix extension of 2 does not accommodate a subnet numbered 4$/)],
  ['cidrsubnet', ['10.0.0/8', 2, 1], throws(/^cidrsubnet: invalid CIDR expression: "10.0.0\/8"$/)],
  ['cidrhost', ['10.12.112.0/20', 16], '10.12.112.16'],
  ['cidrhost', ['10.12.112.0/20', 268], '10.12.113.12'],
  ['cidrhost', ['10.12.112.0/20', -1], '10.12.127.255'],
  ['cidrhost', ['fd00:fd12:3456:7890::/64', 34], 'fd00:fd12:3456:7890::22'],
  ['cidrhost', ['10.0.0.0/30', 4], throws(/^cidrhost: prefix of 30 does not accommodate a host numbered 4$/)],
  ['cidrhost', [U, 1], isUnk()],
  ['cidrnetmask', ['172.16.0.0/12'], '255.240.0.0'],
  ['cidrnetmask', ['10.0.0.0/32'], '255.255.255.255'],
  ['cidrnetmask', ['0.0.0.0/0'], '0.0.0.0'],
  ['cidrnetmask', ['fd00::/8'], throws(/^cidrnetmask: only IPv4 networks have a netmask$/)],
  ['cidrsubnets', ['10.1.0.0/16', 4, 4, 8, 4], ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20']],
  [
    'cidrsubnets',
    ['fd00:fd12:3456:7890::/56', 16, 16, 16, 32],
    ['fd00:fd12:3456:7800::/72', 'fd00:fd12:3456:7800:100::/72', 'fd00:fd12:3456:7800:200::/72', 'fd00:fd12:3456:7800:300::/88'],
  ],
  ['cidrsubnets', ['10.0.0.0/30', 1, 1, 1], throws(/^cidrsubnets: not enough remaining address space/)],
  ['cidrsubnets', ['10.0.0.0/8', U], isUnk()],

  // --- paths ---
  ['basename', ['foo/bar/baz.txt'], 'baz.txt'],
  ['basename', ['foo/bar/'], 'bar'],
  ['basename', ['/'], '/'],
  ['dirname', ['foo/bar/baz.txt'], 'foo/bar'],
  ['dirname', ['baz.txt'], '.'],
  ['dirname', ['/foo/bar/'], '/foo/bar'],

  // --- not evaluated ---
  ['uuid', [], isUnk(/^uuid\(\) is random/)],
  ['uuid', [1], throws(/^uuid: expects 0 arguments, got 1$/)],
  ['uuid', [U], throws(/expects 0 arguments/)],
  ['timestamp', [], isUnk(/^timestamp\(\) reads the clock/)],
  ['timestamp', [], isUnk(/known only after apply/)],
  ['timestamp', ['x'], throws(/^timestamp: expects 0 arguments/)],
  ['plantimestamp', [], isUnk(/reads the clock/)],
  ['plantimestamp', [], isUnk(/^plantimestamp\(\)/)],
  ['plantimestamp', [1], throws(/expects 0 arguments/)],
  ['bcrypt', ['pw'], isUnk(/^bcrypt\(\) uses a random salt/)],
  ['bcrypt', ['pw', 10], isUnk(/bcrypt/)],
  ['bcrypt', [], throws(/^bcrypt: expects 1 or 2 arguments, got 0$/)],
  ['templatefile', ['t.tpl', {}], isUnk(/^templatefile\(\) needs the filesystem/)],
  ['templatefile', ['t.tpl', U], isUnk(/filesystem/)],
  ['templatefile', ['t.tpl'], throws(/^templatefile: expects 2 arguments, got 1$/)],
  ['fileset', ['.', '*.tf'], isUnk(/^fileset\(\) needs the filesystem/)],
  ['fileset', [U, '*'], isUnk(/filesystem/)],
  ['fileset', ['.'], throws(/expects 2 arguments/)],
];

for (const name of ['file', 'filebase64', 'fileexists', 'filemd5', 'filesha1', 'filesha256', 'filesha512', 'filebase64sha256', 'filebase64sha512', 'abspath', 'pathexpand']) {
  cases.push(
    [name, ['a.txt'], isUnk(new RegExp(`^${name}\\(\\) needs the filesystem`))],
    [name, [U], isUnk(/not evaluated/)],
    [name, [], throws(new RegExp(`^${name}: expects 1 argument, got 0$`))],
  );
}

function describeArgs(args: Value[]): string {
  const s = JSON.stringify(args);
  return s.length > 70 ? `${s.slice(0, 67)}...` : s;
}

describe('terraform functions: table', () => {
  for (const [name, args, expected] of cases) {
    it(`${name}(${describeArgs(args)})`, () => {
      if (expected instanceof Throws) {
        assert.throws(
          () => callFunction(name, args),
          (e: unknown) => e instanceof FunctionError && expected.message.test(e.message),
        );
        return;
      }
      const result = callFunction(name, args);
      if (expected instanceof IsUnknown) {
        assert.ok(isUnknown(result), `expected Unknown, got ${JSON.stringify(result)}`);
        assert.match(result.reason, expected.reason);
        return;
      }
      assert.deepStrictEqual(result, expected);
    });
  }

  it('has at least three cases for every function', () => {
    const counts = new Map<string, number>();
    for (const [name] of cases) counts.set(name, (counts.get(name) ?? 0) + 1);
    const missing = [...TERRAFORM_FUNCTIONS.keys()].filter((n) => (counts.get(n) ?? 0) < 3);
    assert.deepStrictEqual(missing, []);
  });
});

describe('terraform functions: API', () => {
  it('returns an Unknown for functions it does not evaluate', () => {
    const r = callFunction('provider::aws::arn_parse', ['arn:aws:s3:::b']);
    assert.ok(isUnknown(r));
    assert.equal(r.reason, 'function provider::aws::arn_parse is not evaluated');
    assert.ok(isUnknown(callFunction('nosuchfunction', [])));
  });

  it('leaves try and can to the evaluator', () => {
    assert.deepStrictEqual([...LAZY_FUNCTIONS].sort(), ['can', 'try']);
    assert.equal(TERRAFORM_FUNCTIONS.has('try'), false);
    assert.equal(TERRAFORM_FUNCTIONS.has('can'), false);
  });

  it('names the function and the first unknown in the reason, and drops the reference', () => {
    const r = callFunction('join', [',', ['a', REF, U]]) as Unknown;
    assert.equal(r.reason, 'join(aws_s3_bucket.b.id)');
    assert.equal(r.ref, undefined);
    const nested = callFunction('upper', [callFunction('lower', [U])]) as Unknown;
    assert.equal(nested.reason, 'upper(lower(aws_instance.web.id (known after apply)))');
  });

  it('keeps the reference through identity-like conversions', () => {
    for (const fn of ['tostring', 'tonumber', 'tobool', 'trimspace']) {
      const r = callFunction(fn, [REF]) as Unknown;
      assert.ok(isUnknown(r));
      assert.deepStrictEqual(r.ref, { resource: 'aws_s3_bucket.b' }, fn);
    }
    assert.equal(callFunction('sensitive', [REF]), REF);
    assert.equal((callFunction('upper', [REF]) as Unknown).ref, undefined);
  });

  it('exposes the same functions through the map', () => {
    const join = TERRAFORM_FUNCTIONS.get('join');
    assert.ok(join);
    assert.equal(join([',', ['a', 'b']]), 'a,b');
    assert.throws(() => join([]), FunctionError);
  });

  it('builds maps safely for any key', () => {
    const m = callFunction('zipmap', [['__proto__', 'constructor'], [1, 2]]) as Record<string, Value>;
    assert.equal(Object.getPrototypeOf(m), Object.prototype);
    assert.deepStrictEqual(Object.keys(m), ['__proto__', 'constructor']);
    assert.equal(callFunction('lookup', [m, '__proto__']), 1);
  });

  it('does not mutate its arguments', () => {
    const list: Value[] = ['b', 'a'];
    callFunction('reverse', [list]);
    callFunction('sort', [list]);
    callFunction('toset', [list]);
    assert.deepStrictEqual(list, ['b', 'a']);
  });
});

// --- Property: every function returns a Value or throws FunctionError, nothing else ---

function isValue(v: unknown, depth = 0): boolean {
  if (depth > 50) return false;
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return true;
  if (isUnknown(v)) return typeof v.reason === 'string';
  if (Array.isArray(v)) return v.every((x) => isValue(x, depth + 1));
  if (typeof v === 'object') {
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) return false;
    return Object.values(v as object).every((x) => isValue(x, depth + 1));
  }
  return false;
}

function objectFrom(entries: [string, Value][]): Value {
  const out: Record<string, Value> = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

const weirdStrings = fc.constantFrom(
  '',
  ' ',
  '__proto__',
  'constructor',
  'true',
  'false',
  '1e3',
  '-0',
  '0x10',
  'NaN',
  '%',
  '%s',
  '%d',
  '%[3]v',
  '%9999999s',
  '%.f',
  '%#v %q %t',
  '/(/',
  '/(a)*/',
  '/(?P<x>.)/',
  '(?U)x',
  '[[:foo:]]',
  '[[:constructor:]]',
  '$1$$${x}',
  '10.0.0.0/8',
  '10.0.0.1/33',
  '::/0',
  'fd00::/120',
  '::ffff:1.2.3.4/128',
  '1:2:3:4:5:6:7:8:9/64',
  'a,b\n1,2',
  '"x',
  'a: [',
  '{"a":1}',
  '\u0000\ud800\udfff\ud83d',
  'e\u0301',
  '🤔🤷',
  'dns',
  '\r\n',
  'SGVsbG8=',
);

const stringArb = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }), weirdStrings);
const numberArb = fc.oneof(fc.integer({ min: -300, max: 300 }), fc.double(), fc.constantFrom(0, -0, 1.5, 2 ** 53, 1e21, -1e-7, 64, 128, 1024, 1e9));
const unknownArb = fc.constantFrom(U, REF, unknown('x'));

const { value: valueArb } = fc.letrec<{ value: Value }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    stringArb,
    numberArb,
    fc.boolean(),
    fc.constant(null),
    unknownArb,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(stringArb, tie('value')), { maxLength: 4 }).map(objectFrom),
  ),
}));

describe('terraform functions: property', () => {
  for (const [name, fn] of TERRAFORM_FUNCTIONS) {
    it(`${name} returns a Value or throws FunctionError`, () => {
      fc.assert(
        fc.property(fc.array(valueArb, { maxLength: 4 }), (args) => {
          let result: Value;
          try {
            result = fn(args);
          } catch (e) {
            if (e instanceof FunctionError) return;
            throw e;
          }
          assert.notEqual(result, undefined);
          // The message is built only on failure: String() of a map with a "toString" key throws.
          if (!isValue(result)) assert.fail(`not a Value: ${inspect(result)}`);
        }),
        { numRuns: 150 },
      );
    });
  }
});
