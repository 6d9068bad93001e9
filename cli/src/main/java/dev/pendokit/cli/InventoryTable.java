package dev.pendokit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code pendokit inspect --format table}: the inventory as aligned columns, for reading in a terminal. */
final class InventoryTable {

    private static final List<String> HEADER = List.of("OPERATION", "METHOD", "PATH", "STATUSES", "REQUEST", "SUCCESS");

    private InventoryTable() {}

    static void print(Inventory inventory, PrintWriter out) {
        out.println("'" + inventory.name() + "' (" + inventory.source() + "): " + inventory.operations().size()
                + " operations, " + inventory.types().size() + " types, " + inventory.diagnostics().size() + " diagnostics");
        out.println();
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Inventory.OperationRow op : inventory.operations()) {
            rows.add(List.of(op.operation(), op.method(), op.path(),
                    op.statuses().stream().map(String::valueOf).collect(Collectors.joining(",")), op.request(), op.success()));
        }
        printAligned(rows, out);
        if (!inventory.types().isEmpty()) {
            out.println();
            out.println("Types: " + inventory.types().stream().map(t -> t.name() + " (" + t.fields() + ")")
                    .collect(Collectors.joining(", ")));
        }
        if (!inventory.diagnostics().isEmpty()) {
            out.println();
            out.println("Diagnostics:");
            for (Inventory.DiagnosticRow d : inventory.diagnostics()) {
                out.println("  " + d.severity() + " at " + d.location() + ": " + d.message()
                        + (d.fix().isEmpty() ? "" : ". " + d.fix()));
            }
        }
        out.flush();
    }

    /** Each column as wide as its widest cell; the last one unpadded, so lines carry no trailing blanks. */
    private static void printAligned(List<List<String>> rows, PrintWriter out) {
        int columns = HEADER.size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? row.get(i) : String.format("%-" + widths[i] + "s  ", row.get(i)));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
