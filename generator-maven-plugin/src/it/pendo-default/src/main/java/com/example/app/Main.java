package com.example.app;

import dev.pendokit.pendo.PendoClient;
import dev.pendokit.pendo.Region;
import dev.pendokit.pendo.api.PagesApi;

/** Compiles only if pendokit:generate generated the Pendo client and added it to the sources. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        PendoClient client = PendoClient.builder().region(Region.EU).integrationKey("k").build();
        PagesApi pages = client.pages();
        System.out.println(pages);
    }
}
