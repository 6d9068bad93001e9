package dev.pendokit.generator.fuzz;

import java.util.List;

/**
 * One case of the fuzz run: the seed that decides everything about it, the collection it mutated,
 * the mutations and the bytes they gave, and whether it is read in strict mode.
 */
record FuzzCase(int index, long seed, String source, boolean strict, List<Mutation> mutations, byte[] json) {

    /** The name the mutated collection is read under, which every refusal must name. */
    String fileName() {
        return "fuzz-" + Long.toHexString(seed) + ".json";
    }

    /** How to run this case alone. */
    String replay() {
        return "./mvnw -o -pl collection,stubs,codegen verify -Dtest=CollectionFuzzTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dpendokit.fuzz.seed=" + Long.toHexString(seed);
    }

    @Override
    public String toString() {
        return "case " + index + " (seed " + Long.toHexString(seed) + ", " + source + (strict ? ", strict" : "")
                + "): " + mutations;
    }
}
