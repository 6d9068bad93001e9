"""Counts what an OpenAPI document (JSON or YAML) holds: operations, bodies, examples, responses."""
import sys, json
try:
    import yaml
except ImportError:
    yaml = None
def load(p):
    t = open(p).read()
    if p.endswith('.json'): return json.loads(t)
    return yaml.safe_load(t)
d = load(sys.argv[1])
distinct = set()
ops = 0; statuses = 0; schemas = 0; examples = 0; params = 0; bodies = 0; body_schemas = 0
for path, item in (d.get('paths') or {}).items():
    for m, op in item.items():
        if m not in ('get','put','post','delete','patch','head','options','trace'): continue
        ops += 1
        params += len(op.get('parameters') or [])
        rb = op.get('requestBody')
        if rb and rb.get('content'):  # p2o writes an empty body for every POST and PUT
            bodies += 1
            for mt, c in (rb.get('content') or {}).items():
                if c.get('schema'): body_schemas += 1
                # Named examples, a media type's example, or an example inside the schema (p2o's way).
                examples += len(c.get('examples') or {}) + (1 if 'example' in c else 0) \
                    + (1 if isinstance(c.get('schema'), dict) and 'example' in c['schema'] else 0)
        for code, r in (op.get('responses') or {}).items():
            statuses += 1
            distinct.add(code)
            for mt, c in (r.get('content') or {}).items():
                if c.get('schema'): schemas += 1
print(f"paths={len(d.get('paths') or {})} operations={ops} parameters={params} requestBodies={bodies}"
      f" requestBodySchemas={body_schemas} requestExamples={examples} responses={statuses}"
      f" distinctStatuses={len(distinct)} responsesWithSchema={schemas}"
      f" componentSchemas={len((d.get('components') or {}).get('schemas') or {})}")
