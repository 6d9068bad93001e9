package dev.pendokit.collection.model;

/**
 * Where something is in the collection: the item path a Postman user sees (folders and request
 * name joined with {@code /}) and the JSON pointer into the file.
 */
public record Location(String itemPath, String pointer) {

    public static final Location COLLECTION = new Location("", "");

    public Location {
        itemPath = itemPath == null ? "" : itemPath;
        pointer = pointer == null ? "" : pointer;
    }

    /** The same item, a deeper pointer. */
    public Location at(String suffix) {
        return new Location(itemPath, pointer + suffix);
    }

    @Override
    public String toString() {
        if (itemPath.isEmpty()) {
            return pointer.isEmpty() ? "the collection" : pointer;
        }
        return "'" + itemPath + "'" + (pointer.isEmpty() ? "" : " (" + pointer + ")");
    }
}
