package com.example.app;

import com.example.pendo.AnalyticsClient;
import com.example.pendo.AnalyticsException;
import com.example.pendo.Region;
import com.example.pendo.model.Page;
import java.util.List;

/** Compiles only if the Pendo client was generated as com.example.pendo.AnalyticsClient. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        AnalyticsClient client = AnalyticsClient.builder().region(Region.EU).integrationKey("k").build();
        try {
            List<Page> pages = client.pages().list();
            System.out.println(pages.size());
        } catch (AnalyticsException e) {
            System.out.println(e.getMessage());
        }
    }
}
