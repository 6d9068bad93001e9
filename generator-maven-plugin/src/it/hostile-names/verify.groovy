// A collection named 日本語 with folders Transport and builder: the client goes to dev.pendokit.api
// (a package needs Latin letters) with a warning naming the option that sets it, the folders'
// accessors are transport_() and builder_(), each with a warning, and the generated code compiles.
def log = new File(basedir, 'build.log').text.normalize()
def client = new File(basedir, 'target/generated-sources/pendokit/dev/pendokit/api')

['日本語Client.java', 'api/Transport_Api.java', 'api/Builder_Api.java', 'model/GetAVehicleResponse.java'].each {
    assert new File(client, it).isFile() : "not generated: dev/pendokit/api/$it"
}
assert new File(client, '日本語Client.java').text.contains('public Transport_Api transport_() {')
assert new File(basedir, 'target/classes/dev/pendokit/api/日本語Client.class').isFile()

[
    '[WARNING] pendokit: warning at \'Transport\' (/item/0): the folder\'s Java name transport is a member the generated' +
            ' client has for itself, so its requests are under transport_(). Choose a name with the override' +
            ' group:Transport=<name>',
    '[WARNING] pendokit: warning at \'builder\' (/item/1): the folder\'s Java name builder is a member the generated' +
            ' client has for itself, so its requests are under builder_(). Choose a name with the override' +
            ' group:builder=<name>',
    '[WARNING] pendokit: warning at /info/name: the collection\'s name "日本語" has no Latin letters or digits to make' +
            ' a package name of, so the client\'s package is dev.pendokit.api. Set the package with' +
            ' pendokit.packageName (GeneratorOptions.packageName)',
].each { assert log.readLines().contains(it) : 'build.log lacks the line:\n' + it }
assert log =~ /\[INFO\] pendokit: generated '日本語' \(2 operations\) as dev\.pendokit\.api\.日本語Client: \d+ files/
return true
