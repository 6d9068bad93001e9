package dev.pendokit.collection.postman;

/** The Postman Collection schema versions pendokit reads. */
public enum SchemaVersion {
    V2_0_0("2.0.0"),
    V2_1_0("2.1.0");

    private final String number;

    SchemaVersion(String number) {
        this.number = number;
    }

    /** The version as Postman writes it, for example {@code 2.1.0}. */
    public String number() {
        return number;
    }
}
