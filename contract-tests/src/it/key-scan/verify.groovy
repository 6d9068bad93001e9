// After the nested build (the live contract mode, run as a user runs it with
// -Dpendo.baseUrl=... -Dpendo.integrationKey=KEY): the key is in none of the files it wrote
// (Surefire and Failsafe XML and text reports, pacts, logs, classes), nor in the build output
// (build.log) or the mock server's log.
def mock = context.get('mock')
mock?.destroy()
mock?.waitFor()

def scanDir = new File(keyScanDirectory)
def log = new File(scanDir, 'build.log').text
// The live mode ran and verified contracts with the key: the mock accepts no other.
assert log.contains("Verifying the Pendo API contracts against http://127.0.0.1:${keyScanPort} (live settings, read-only)")
def verified = log =~ /Provider verification: (\d+) interactions verified/
assert verified.find() && (verified.group(1) as int) > 100 : 'the live run verified no contracts'
assert new File(scanDir, 'target/failsafe-reports/TEST-dev.pendokit.contract.PendoApiProviderIT.xml').isFile()
assert new File(scanDir, 'target/surefire-reports/TEST-dev.pendokit.contract.PendoClientPactTest.xml').isFile()

def needle = plantedKey.getBytes('UTF-8')
def scanned = 0
def found = []
scanDir.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    scanned++
    byte[] bytes = file.bytes
    for (int i = 0; i <= bytes.length - needle.length; i++) {
        if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
            found << file.path.substring(scanDir.path.length() + 1)
            break
        }
    }
}
println "key scan: ${scanned} files under ${scanDir}, the planted key in ${found.size()}"
assert found.isEmpty() : "the planted integration key was written into ${found}"
assert scanned >= 20 : "only ${scanned} files scanned"
return true
