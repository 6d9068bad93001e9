// The second execution into the same folder stops the build, naming both executions and the fix.
def log = new File(basedir, 'build.log').text
def folder = new File(basedir, 'target/generated-sources/pendokit').canonicalFile

String expected = "[ERROR] Failed to execute goal ${pluginKey}:generate (analytics)" +
        " on project two-executions-one-folder: The executions 'pendo' and 'analytics' of pendokit:generate both" +
        " write ${folder}, and each would delete the other's files. Give one of them its own <outputDirectory>" +
        ' -> [Help 1]'
assert log.normalize().readLines().contains(expected) : 'build.log lacks the line:\n' + expected
// The first execution's client is intact.
assert new File(folder, 'dev/pendokit/pendo/PendoClient.java').isFile()
return true
