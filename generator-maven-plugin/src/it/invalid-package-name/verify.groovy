// A packageName with a keyword in it fails with one message that names the option and an example,
// and not with a stack trace or with code that does not compile.
def log = new File(basedir, 'build.log').text

String expected = "[ERROR] Failed to execute goal ${pluginKey}:generate (default) on project invalid-package-name:" +
        ' The package name "dev.pendokit.class" is not a Java package name (identifiers separated by dots, none of' +
        ' them a keyword). Set pendokit.packageName (GeneratorOptions.packageName) to one, such as' +
        ' dev.pendokit.myapi -> [Help 1]'
assert log.normalize().readLines().contains(expected) : 'build.log lacks the line:\n' + expected
assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
assert !log.contains('Caused by:') && !(log =~ /(?m)^\s+at [\w$.]+\(/)
assert !new File(basedir, 'target/generated-sources/pendokit').exists()
return true
