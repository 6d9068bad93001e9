package dev.pendokit.collection.resolve;

import dev.pendokit.collection.model.Location;
import dev.pendokit.collection.postman.PostmanItem;
import java.util.List;
import java.util.Optional;

/**
 * What a folder's description documents: its object ("The Page Object" in folder Page), which
 * describes what the folder's GET requests answer, and the other objects it tables (linked into
 * the folder object where a field names them, standalone types otherwise).
 */
final class FolderContext {

    final PostmanItem.Folder folder;
    final Location location;
    private final Draft.Obj object;

    private FolderContext(PostmanItem.Folder folder, Location location, Draft.Obj object) {
        this.folder = folder;
        this.location = location;
        this.object = object;
    }

    static FolderContext of(PostmanItem.Folder folder, Location location, DocumentedShapes documented,
                            TypeRegistry types) {
        List<AttributeTable> tables = AttributeTable.from(folder.description());
        Draft.Obj object = null;
        for (AttributeTable table : tables) {
            if (table.isAbout(folder.name())) {
                object = documented.build(table, table.subject(), tables, "", location);
                types.shape(object);
                break;
            }
        }
        for (AttributeTable table : tables) {
            if (!documented.isBuilt(table)) {
                String name = table.subject().isEmpty() ? folder.name() + " " + table.heading() : table.subject();
                types.shape(documented.build(table, name, tables, "", location));
            }
        }
        return new FolderContext(folder, location, object);
    }

    /** The folder's own object, if its description documents one. */
    Optional<Draft.Obj> object() {
        return Optional.ofNullable(object);
    }
}
