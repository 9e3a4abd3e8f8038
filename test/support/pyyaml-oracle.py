"""Reads CloudFormation templates as the AWS CLI and SAM do, for the differential test of Tosei's reader.

One template path per line on stdin; one JSON line per template on stdout:
  {"ok": true, "value": ..., "positions": {"<resource id>": [line, column, {"<property>": [line, column]}]}}
  {"ok": false, "line": n, "message": "..."}

A template is read as JSON first (json.loads) and otherwise as YAML with PyYAML's SafeLoader on
libyaml (CSafeLoader, what cfn-lint uses when it is there): every local tag `!Name` becomes
{"Fn::Name": value} (`!Ref` and `!Condition` keep their name, `!GetAtt A.B` splits at the first
dot), as the AWS CLI's and SAM's loaders do. Timestamps stay text: CloudFormation has no timestamp
type. Positions (1-based line and column, PyYAML's marks) are given for YAML templates: each
resource id under Resources and each key of its Properties.
"""
import json
import math
import sys

import yaml


class TemplateLoader(yaml.CSafeLoader):
    pass


def short_form(loader, suffix, node):
    key = suffix if suffix in ('Ref', 'Condition') else 'Fn::' + suffix
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
        if key == 'Fn::GetAtt':
            value = value.split('.', 1)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    return {key: value}


TemplateLoader.add_multi_constructor('!', short_form)
TemplateLoader.add_constructor('tag:yaml.org,2002:timestamp', lambda loader, node: loader.construct_scalar(node))


def js_key(key):
    """A mapping key as JavaScript's String() writes it (Tosei's objects have string keys)."""
    if isinstance(key, str):
        return key
    if key is True:
        return 'true'
    if key is False:
        return 'false'
    if key is None:
        return 'null'
    if isinstance(key, float):
        if math.isnan(key):
            return 'NaN'
        if math.isinf(key):
            return 'Infinity' if key > 0 else '-Infinity'
        if key == int(key) and abs(key) < 1e21:
            return str(int(key))
    return str(key)


def plain(value):
    """JSON-ready data: keys as strings, non-finite floats spelled out (JSON has none)."""
    if isinstance(value, dict):
        return {js_key(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return {'$float': 'nan' if math.isnan(value) else ('inf' if value > 0 else '-inf')}
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    raise TypeError('a %s value has no JSON form' % type(value).__name__)


def mark(node):
    return [node.start_mark.line + 1, node.start_mark.column + 1]


def scalar_key(node):
    return node.value if isinstance(node, yaml.ScalarNode) else None


def resource_positions(root):
    """Where each resource id and each of its Properties' keys stands (the last one of duplicates)."""
    positions = {}
    if not isinstance(root, yaml.MappingNode):
        return positions
    for key, resources in root.value:
        if scalar_key(key) != 'Resources' or not isinstance(resources, yaml.MappingNode):
            continue
        for id_node, resource in resources.value:
            if scalar_key(id_node) is None:
                continue
            properties = {}
            if isinstance(resource, yaml.MappingNode):
                for section, body in resource.value:
                    if scalar_key(section) == 'Properties' and isinstance(body, yaml.MappingNode) and body.tag == 'tag:yaml.org,2002:map':
                        for name, _ in body.value:
                            if scalar_key(name) is not None:
                                properties[name.value] = mark(name)
            positions[id_node.value] = [*mark(id_node), properties]
    return positions


def read(text):
    try:
        return {'ok': True, 'value': plain(json.loads(text))}
    except ValueError:
        pass
    loader = TemplateLoader(text)
    try:
        node = loader.get_single_node()
        value = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return {'ok': True, 'value': plain(value), 'positions': resource_positions(node)}


def main():
    for line in sys.stdin:
        path = line.rstrip('\n')
        if not path:
            continue
        try:
            with open(path, encoding='utf-8') as handle:
                result = read(handle.read())
        except yaml.MarkedYAMLError as error:
            at = error.problem_mark or error.context_mark
            result = {'ok': False, 'line': at.line + 1 if at else None, 'message': str(error).split('\n')[0]}
        except (yaml.YAMLError, TypeError, RecursionError, UnicodeDecodeError) as error:
            result = {'ok': False, 'line': None, 'message': '%s: %s' % (type(error).__name__, error)}
        sys.stdout.write(json.dumps(result) + '\n')


if __name__ == '__main__':
    main()
