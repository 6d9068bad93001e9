// pendokit:stubs with no configuration writes stock WireMock's layout for the Pendo collection,
// one mapping per request and documented status (and per way of choosing it); a second build
// rewrites nothing.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').text.normalize().readLines()
def root = new File(basedir, 'target/wiremock').canonicalFile
def pendokit = lines.findAll { it.startsWith('[INFO] pendokit: ') }
assert pendokit.size() == 2 : pendokit
def first = pendokit[0] =~ /^\[INFO\] pendokit: stubs for 'Pendo API' \(110 requests\) in (.+): (\d+) files, (\d+) written, 0 removed, in \d+ ms$/
assert first.matches() : pendokit[0]
assert new File(first[0][1]).canonicalFile == root
int files = first[0][2] as int
assert pendokit[1] == "[INFO] pendokit: ${files} stub files in ${first[0][1]} are up to date; nothing rewritten".toString()

def mappings = new File(root, 'mappings').listFiles()
assert mappings.size() == files : "${mappings.size()} mappings, ${files} files"
def staged = new JsonSlurper().parse(new File(root, 'mappings/guides-reset-staged-reset-all-staged-guides-200.json'))
def single = new JsonSlurper().parse(new File(root, 'mappings/guides-reset-staged-reset-individual-staged-guide-200.json'))
assert staged.request.urlPathTemplate == '/api/v1/guide/staged/reset'
assert single.request.urlPathTemplate == '/api/v1/guide/{guideId}/reset'
assert staged.priority < single.priority
assert staged.metadata.pendokit.request == 'Guide/Reset All Staged Guides'
return true
