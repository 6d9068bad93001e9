def log = new File(basedir, 'build.log').text
def reports = new File(basedir, 'target/pendokit-drift')

assert !new File(basedir, 'pom.xml').exists()
assert log.contains('pendokit: drift: 4 changes in 2 operations checked: 2 breaking, 0 potentially breaking, 2 compatible; report: ')
assert log.contains('pendokit: drift: 2 breaking changes (pendokit.failOn=breaking); see ')
// A message, not a stack trace.
assert !(log =~ /(?m)^\s+at [a-z]/)
assert !log.contains('Caused by')
['report.md', 'report.html', 'report.json', 'TEST-pendokit-drift.xml', 'report.sarif', 'annotations.txt'].each {
    assert new File(reports, it).isFile() : "missing ${it}"
}
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'report.json'))
assert json.failed == true
assert json.summary.breaking == 2
assert json.changes.findAll { it.kind == 'response-field-removed' }*.where.sort() ==
        ['response 200: $.color', 'response 200: $[].color']
assert json.changes.findAll { it.kind == 'response-field-added' }.size() == 2
true
