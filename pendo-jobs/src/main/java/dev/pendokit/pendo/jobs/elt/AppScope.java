package dev.pendokit.pendo.jobs.elt;

import dev.pendokit.pendo.aggregation.Aggregation;
import java.util.Arrays;

/** Which apps of a multi-app subscription a sync reads: all of them, or some by id. */
public record AppScope(long[] appIds) {

    /** Every app: {@code expandAppIds("*")} in aggregations. */
    public static AppScope all() {
        return new AppScope(null);
    }

    public static AppScope of(long... appIds) {
        if (appIds.length == 0) {
            throw new IllegalArgumentException("name at least one app id, or use AppScope.all()");
        }
        return new AppScope(appIds.clone());
    }

    <R> Aggregation<R> applyTo(Aggregation<R> aggregation) {
        return appIds == null ? aggregation.allApps() : aggregation.appIds(appIds);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AppScope scope && Arrays.equals(appIds, scope.appIds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(appIds);
    }

    @Override
    public String toString() {
        return appIds == null ? "all apps" : "apps " + Arrays.toString(appIds);
    }
}
