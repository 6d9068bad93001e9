// A credential typed into the collection (the apikey auth, a bearer auth, headers, a query
// parameter, a variable, a saved example's request): each place is warned about, and the value
// is in none of the files the goals wrote (sources, classes, stubs, the OpenAPI document, drift reports) nor in the log.
def secret = 'PLANTED-SECRET-7f3a9c'
def log = new File(basedir, 'build.log').text

def dropped = 'is written into the collection as a literal value; pendokit does not carry it into generated code,' +
        ' stubs or reports. Replace it with a {{variable}} and set the value outside the collection'
["at 'Orders/Get an order' (/item/0/item/0): the apikey auth's value $dropped",
 "at 'Orders/Cancel an order' (/item/0/item/1): the bearer auth's token $dropped",
 "at 'Orders/Get an order' (/item/0/item/0/request/url/query): the query parameter access_token $dropped",
 "at 'Orders/Get an order' (/item/0/item/0/request/header): the header X-Session-Token $dropped",
 "at 'Orders/Get an order' (/item/0/item/0/request/header): the header x-api-key $dropped",
 "at /variable/1: the variable apiKey $dropped"].each {
    assert log.contains(it) : "no warning: $it"
}
// The goals ran and wrote their output.
assert new File(basedir, 'target/classes/dev/pendokit/leakyshop/LeakyShopClient.class').isFile()
assert new File(basedir, 'target/wiremock/mappings').list().length > 0
assert new File(basedir, 'target/openapi/openapi.json').text.contains('"x-api-key"')
assert new File(basedir, 'target/pendokit-drift/report.md').text.contains('Customers')

assert !log.contains(secret) : 'the build output repeats the credential'
def found = []
def scanned = 0
new File(basedir, 'target').eachFileRecurse(groovy.io.FileType.FILES) { file ->
    scanned++
    if (new String(file.bytes, 'ISO-8859-1').contains(secret)) {
        found << file.path.substring(basedir.path.length() + 1)
    }
}
assert found.isEmpty() : "the credential was written into $found"
assert scanned > 20
return true
