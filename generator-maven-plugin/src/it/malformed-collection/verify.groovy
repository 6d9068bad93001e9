// A collection that is not JSON fails with the reader's message, which names the file, the line and
// column and the parser's complaint, and not with a stack trace.
def log = new File(basedir, 'build.log').text

String expected = "[ERROR] Failed to execute goal ${pluginKey}:generate (default)" +
        ' on project malformed-collection: broken.postman_collection.json is not JSON (line 11, column 9:' +
        ' Unexpected character (\'"\' (code 34)): was expecting comma to separate Object entries).' +
        ' Check that the file is a Postman collection export, and fix the JSON at that place -> [Help 1]'
assert log.normalize().readLines().contains(expected) : 'build.log lacks the line:\n' + expected

assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
assert !log.contains('Caused by:') : 'a cause is printed'
assert !(log =~ /(?m)^\s+at [\w$.]+\(/) : 'a stack trace is printed'
assert !log.contains('com.fasterxml.jackson') : "Jackson's exception is printed"
assert !new File(basedir, 'target/generated-sources/pendokit').exists()
return true
