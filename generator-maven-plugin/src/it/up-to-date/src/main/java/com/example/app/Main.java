package com.example.app;

import dev.pendokit.pendo.PendoClient;

/** Compiles only if the generated sources are among the compile sources. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.out.println(PendoClient.builder().integrationKey("k").build().pages());
    }
}
