package com.example.shop;

import dev.pendokit.acmeshop.AcmeShopClient;
import dev.pendokit.acmeshop.AcmeShopException;
import dev.pendokit.acmeshop.model.GetAnOrderResponse;
import java.net.URI;

/** Compiles only if the client of acme-shop.postman_collection.json was generated with the derived names. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        AcmeShopClient client = AcmeShopClient.builder()
                .baseUrl(URI.create("https://shop.acme.test"))
                .apiKey("k")
                .build();
        try {
            // :orderId is a parameter; the saved example typed the answer.
            GetAnOrderResponse order = client.orders().get("o-1001");
            System.out.println(order.id() + " " + order.total() + " " + order.lines().get(0).sku());
            // :customerId and the limit query parameter.
            System.out.println(client.customers().listOrders("c-7", 10));
        } catch (AcmeShopException e) {
            System.out.println(e.getMessage());
        }
    }
}
