package dev.pendokit.collection.model;

/** A string, boolean or number. */
public record ScalarShape(ScalarType type) implements Shape {

    public static final ScalarShape STRING = new ScalarShape(ScalarType.STRING);
    public static final ScalarShape BOOLEAN = new ScalarShape(ScalarType.BOOLEAN);
    public static final ScalarShape INTEGER = new ScalarShape(ScalarType.INTEGER);
    public static final ScalarShape NUMBER = new ScalarShape(ScalarType.NUMBER);
    public static final ScalarShape EPOCH_MILLIS = new ScalarShape(ScalarType.EPOCH_MILLIS);
}
