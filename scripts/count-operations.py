"""Prints how many operations an OpenAPI document (JSON or YAML) declares.

Used by crate-cost.sh and scale.sh: python3 scripts/count-operations.py SPEC
"""
import json
import sys

text = open(sys.argv[1]).read()
try:
    doc = json.loads(text)
except ValueError:
    import yaml
    doc = yaml.safe_load(text)
methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
print(sum(1 for item in (doc.get("paths") or {}).values() for m in item if m in methods))
