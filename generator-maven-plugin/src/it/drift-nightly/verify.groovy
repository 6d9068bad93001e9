def log = new File(basedir, 'build.log').text
def baseline = new File(basedir, 'baseline.json')
def night2 = new File(basedir, 'published-night2.json')

assert !new File(basedir, 'pom.xml').exists()

// Night 1: the baseline is written, nothing compared, no reports.
assert log.contains("pendokit: drift: no baseline at ${baseline} yet: wrote the checked collection there;"
        + ' the next run compares against it')

// Night 2: the colour removed fails the check (the size added would not); the baseline stays night 1's.
assert log.contains('pendokit: drift: 4 changes in 2 operations checked: 2 breaking, 0 potentially breaking, 2 compatible; report: ')
assert log.contains("pendokit: drift: kept the baseline ${baseline} as it was, because the check failed: the next run"
        + ' finds the same drift until it is fixed or accepted')
assert log.contains('pendokit: drift: 2 breaking changes (pendokit.failOn=breaking); see ')

// Accepted: the check passes and the baseline becomes night 2's collection, byte for byte.
assert log.contains('pendokit: drift: 2 changes in 2 operations checked: 0 breaking, 0 potentially breaking, 2 compatible (2 more accepted); report: ')
assert log.contains("pendokit: drift: updated the baseline ${baseline} to the checked collection; the next run compares"
        + ' against it')
assert baseline.bytes == night2.bytes

// Night 3: no drift; the accept entry now matches nothing and the report says so.
assert log.contains('pendokit: drift: no drift: 2 operations checked, nothing changed; report: ')
assert log.contains("pendokit: drift: the baseline ${baseline} already holds the checked collection")
def night3 = new File(basedir, 'night3/report.md').text
assert night3.contains('accept[0] (kind response-field-removed, where response 200: *.color) matches no change;'
        + ' remove it, or correct its operation, kind or where')

// The refusals: one line each, naming the fix.
assert log.contains('The collection URL ftp://example.com/pendo.json is not an http(s) URL. Give the full URL, e.g.'
        + ' https://api.getpostman.com/collections/{uid}')
assert log.contains('pendokit: pendokit.updateBaseline needs pendokit.baseline: the collection file to write the'
        + ' checked collection over')
assert !(log =~ /(?m)^\s+at [a-z]/)
assert !log.contains('Caused by')
true
