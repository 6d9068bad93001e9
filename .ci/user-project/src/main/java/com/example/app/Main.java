package com.example.app;

import dev.pendokit.pendo.PendoClient;
import dev.pendokit.pendo.model.Page;
import java.net.URI;
import java.util.List;

/** Calls the mock Pendo (its base URL the first argument) with the client pendokit:generate made. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        PendoClient pendo = PendoClient.builder().baseUrl(URI.create(args[0])).integrationKey("release-check").build();
        List<Page> pages = pendo.pages().list();
        String visitor = pendo.visitors().get("visitor-9").id();
        System.out.println("pendo-user: " + pages.size() + " pages, visitor " + visitor);
    }
}
