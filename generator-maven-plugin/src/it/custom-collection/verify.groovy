// A collection of one's own: package dev.pendokit.<name> and <Name>Client, from "Acme Shop API".
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/pendokit')
def shop = new File(out, 'dev/pendokit/acmeshop')

['AcmeShopClient.java', 'AcmeShopException.java', 'AcmeShopNotFoundException.java', 'api/OrdersApi.java',
 'api/CustomersApi.java', 'model/GetAnOrderResponse.java', 'runtime/Transport.java'].each {
    assert new File(shop, it).isFile() : "not generated: dev/pendokit/acmeshop/$it"
}
assert !new File(out, 'dev/pendokit/pendo').exists() : 'the bundled Pendo client was generated too'
assert new File(shop, 'AcmeShopClient.java').text.contains('package dev.pendokit.acmeshop;')
assert new File(shop, 'api/OrdersApi.java').text.contains('package dev.pendokit.acmeshop.api;')
assert new File(shop, 'runtime/Transport.java').text.contains('package dev.pendokit.acmeshop.runtime;')

// Main.java calls orders().get(orderId) and customers().listOrders(customerId, limit) and reads the
// example's fields, so compiling it checks the path variables and the typed model.
assert new File(basedir, 'target/classes/com/example/shop/Main.class').isFile()
assert new File(basedir, 'target/classes/dev/pendokit/acmeshop/AcmeShopClient.class').isFile()

assert log =~ /\[INFO\] pendokit: generated 'Acme Shop API' \(3 operations\) as dev\.pendokit\.acmeshop\.AcmeShopClient: \d+ files, \d+ written, 0 removed, in \d+ ms/
assert !log.contains('[WARNING] pendokit:')
return true
