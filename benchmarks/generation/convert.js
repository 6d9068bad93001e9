// Converts the bundled Pendo Postman collection to OpenAPI 3 with postman-to-openapi, the
// conversion the openapi-generator side of the benchmark generates from.
const postmanToOpenApi = require('postman-to-openapi');
const [input, output] = process.argv.slice(2);
postmanToOpenApi(input, output, { defaultTag: 'General' })
  .then(() => console.log(`converted ${input} -> ${output}`))
  .catch((error) => { console.error(error); process.exit(1); });
