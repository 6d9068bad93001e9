// pendokit:openapi with no configuration writes the Pendo collection's OpenAPI 3.1 document,
// as JSON and YAML, to target/openapi; a second build rewrites nothing.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.normalize().readLines()
def root = new File(basedir, 'target/openapi').canonicalFile
def pendokit = lines.findAll { it.startsWith('[INFO] pendokit: ') }
assert pendokit.size() == 2 : pendokit
def first = pendokit[0] =~ /^\[INFO\] pendokit: OpenAPI 3\.1 document of 'Pendo API' \(110 requests\) in (.+): 2 files, 2 written, in \d+ ms$/
assert first.matches() : pendokit[0]
assert new File(first[0][1]).canonicalFile == root
assert pendokit[1] == "[INFO] pendokit: the OpenAPI document in ${first[0][1]} is up to date; nothing rewritten".toString()

assert root.list().sort() == ['openapi.json', 'openapi.yaml']
def doc = new JsonSlurper().parse(new File(root, 'openapi.json'))
assert doc.openapi == '3.1.0'
assert doc.info.title == 'Pendo API'
assert doc.paths['/api/v1/aggregation'].post.operationId == 'aggregationsRun'
assert doc.paths['/api/v1/aggregation'].post.requestBody.content['application/json'].examples.size() == 50
assert doc.servers*.description == ['US', 'EU', 'US1', 'JPN', 'AU']
assert new File(root, 'openapi.yaml').text.startsWith('openapi: "3.1.0"')
return true
