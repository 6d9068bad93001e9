// <packageName> and <clientName> on the bundled collection: everything under com/example/pendo, and
// the exceptions take the client's stem (AnalyticsClient -> AnalyticsException).
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/pendokit')
def pkg = new File(out, 'com/example/pendo')

['AnalyticsClient.java', 'AnalyticsException.java', 'AnalyticsNotFoundException.java', 'Region.java',
 'api/PagesApi.java', 'model/Page.java', 'runtime/Transport.java'].each {
    assert new File(pkg, it).isFile() : "not generated: com/example/pendo/$it"
}
def files = []
out.eachFileRecurse(groovy.io.FileType.FILES) { files << it }
assert files.every { it.path.startsWith(pkg.path) } : 'generated outside com/example/pendo'
assert !files.any { it.name.startsWith('Pendo') } : files.findAll { it.name.startsWith('Pendo') }*.name
assert !files.any { it.text.contains('dev.pendokit.pendo') }

assert new File(pkg, 'AnalyticsClient.java').text.contains('public final class AnalyticsClient {')
assert new File(pkg, 'AnalyticsException.java').text.contains('package com.example.pendo;')
assert new File(pkg, 'api/PagesApi.java').text.contains('package com.example.pendo.api;')
assert new File(pkg, 'runtime/Transport.java').text.contains('package com.example.pendo.runtime;')

assert new File(basedir, 'target/classes/com/example/app/Main.class').isFile()
assert new File(basedir, 'target/classes/com/example/pendo/AnalyticsClient.class').isFile()

assert log =~ /\[INFO\] pendokit: generated 'Pendo API' \(110 operations\) as com\.example\.pendo\.AnalyticsClient: \d+ files, \d+ written, 0 removed, in \d+ ms/
return true
