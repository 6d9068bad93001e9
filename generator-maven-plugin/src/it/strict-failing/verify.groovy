// <strict>true</strict>: the collection's two warnings stop the build, both listed in one message,
// and nothing is generated.
def log = new File(basedir, 'build.log').text

String expected = """\
[ERROR] Failed to execute goal ${pluginKey}:generate (default) on project strict-failing: inventory.postman_collection.json has 2 problems (strict mode: warnings count as errors):
[ERROR]   - warning at 'Items/Get an item' (/item/0/item/0/request/url): the path uses :itemId but the request does not declare it among its path variables. Declare :itemId under the request's Path Variables (Params tab) with a description
[ERROR]   - warning at 'Items/Delete an item' (/item/0/item/1): no success status is documented (no Status Codes row, no saved example, no collection-wide 2xx); 200 is assumed. Document the status codes in the request's description or save an example response
[ERROR] -> [Help 1]
"""
assert log.normalize().contains(expected) : 'build.log lacks the strict-mode failure:\n' + expected
// A refused collection is the user's to fix (MojoFailureException), and no stack trace is shown.
assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
assert !log.contains('Caused by:') && !(log =~ /(?m)^\s+at [\w$.]+\(/)
// The warnings are not logged a second time as warnings.
assert !log.contains('[WARNING] pendokit:')

assert !new File(basedir, 'target/generated-sources/pendokit').exists() : 'generated despite the failure'
assert !new File(basedir, 'target/pendokit').exists()
return true
