// A misspelt parameter (<packagename> for <packageName>) stops the build instead of being ignored.
def log = new File(basedir, 'build.log').text

String expected = "[ERROR] Failed to execute goal ${pluginKey}:generate (default)" +
        ' on project unknown-parameter: pendokit:generate has no parameter <packagename>. Its parameters are' +
        ' clientName, collection, nameOverrides, nameOverridesFile, outputDirectory, packageName,' +
        ' retryableOperations, skip, strict; check the spelling in the plugin\'s <configuration> -> [Help 1]'
assert log.normalize().readLines().contains(expected) : 'build.log lacks the line:\n' + expected

assert log.contains('[Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
// Nothing was generated, neither into the misspelt package nor the default one.
assert !new File(basedir, 'target/generated-sources/pendokit').exists()
return true
