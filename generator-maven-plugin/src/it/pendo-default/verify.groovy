// pendokit:generate with no configuration generates the Pendo client from the bundled collection.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/pendokit')
def pendo = new File(out, 'dev/pendokit/pendo')

['PendoClient.java', 'Region.java', 'PendoException.java', 'api/PagesApi.java', 'model/Page.java',
 'runtime/Transport.java'].each {
    assert new File(pendo, it).isFile() : "not generated: dev/pendokit/pendo/$it"
}
// Main.java uses the client, so the generated sources were compiled with it.
assert new File(basedir, 'target/classes/com/example/app/Main.class').isFile()
assert new File(basedir, 'target/classes/dev/pendokit/pendo/PendoClient.class').isFile()

def files = []
out.eachFileRecurse(groovy.io.FileType.FILES) { files << it }
assert files.every { it.path.startsWith(pendo.path) } : 'generated outside dev/pendokit/pendo'

// One summary line, whose count is what is on disk.
def summary = log =~ /\[INFO\] pendokit: generated 'Pendo API' \((\d+) operations\) as dev\.pendokit\.pendo\.PendoClient: (\d+) files, (\d+) written, 0 removed, in \d+ ms/
assert summary.size() == 1 : 'no generation summary in build.log'
assert summary[0][2] as int == files.size()
assert summary[0][3] as int == files.size()
assert summary[0][1] as int == 110

// @Generated names the generator and nothing that changes between runs: no date, no comment (a
// second member would not fit the exact text). Every class the generator writes carries it; the
// runtime and the aggregation builder (all of aggregation/ but Sources) are copied from the runtime's sources.
def expected = '@Generated("dev.pendokit.generator.ClientGenerator")'
files.each { file ->
    def text = file.text
    def annotations = (text =~ /(?m)^\s*@(?:javax\.annotation\.processing\.)?Generated\b.*$/).collect { it.trim() }
    assert annotations.every { it == expected } : "${file.name}: ${annotations}"
    def copied = file.parentFile.name == 'runtime' || (file.parentFile.name == 'aggregation' && file.name != 'Sources.java')
    if (!copied) {
        assert !annotations.isEmpty() : "${file.name} has no @Generated"
    }
}
return true
