// Before the nested build: a mock server standing in for a Pendo sandbox, which accepts only the
// planted key. The nested build passes only if the key reached the provider tests.
def java = new File(System.getProperty('java.home'), 'bin/java').path
def scanDir = new File(keyScanDirectory)
scanDir.mkdirs()
def mock = new ProcessBuilder(java, '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', mockServerJar,
        '--port', keyScanPort, '--integration-key', plantedKey)
        .redirectErrorStream(true)
        .redirectOutput(new File(scanDir, 'mock-server.log'))
        .start()
context.put('mock', mock)

// Started once it answers its admin API.
def deadline = System.currentTimeMillis() + 60_000
while (true) {
    assert mock.isAlive() : "the mock server stopped: ${new File(scanDir, 'mock-server.log').text}"
    try {
        def connection = new URL("http://127.0.0.1:${keyScanPort}/__admin/health").openConnection()
        connection.connectTimeout = 1000
        if (connection.responseCode == 200) {
            break
        }
    } catch (IOException ignored) {
        // not listening yet
    }
    assert System.currentTimeMillis() < deadline : 'the mock server did not start within 60 s'
    Thread.sleep(200)
}
return true
