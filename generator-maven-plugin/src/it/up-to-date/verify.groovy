// Two builds of the same project (invoker.goals.1 and .2). The first generates and compiles; the
// second finds the inputs and the generated files unchanged, so it neither generates nor writes
// anything, and the compiler finds nothing to recompile.
def lines = new File(basedir, 'build.log').text.normalize().readLines()
assert lines.count { it.startsWith('[INFO] BUILD SUCCESS') } == 2 : 'build.log does not hold two builds'

def pendokit = lines.findAll { it.startsWith('[INFO] pendokit: ') }
assert pendokit.size() == 2 : pendokit
def first = pendokit[0] =~ /^\[INFO\] pendokit: generated 'Pendo API' \(110 operations\) as dev\.pendokit\.pendo\.PendoClient: (\d+) files, (\d+) written, 0 removed, in \d+ ms$/
assert first.matches() : pendokit[0]
int files = first[0][1] as int
assert first[0][2] as int == files
assert pendokit[1] == "[INFO] pendokit: ${files} generated files are up to date; nothing regenerated".toString()

def compiler = lines.findAll { it ==~ /\[INFO\] (Compiling|Nothing to compile|Recompiling).*/ }
assert compiler == ['[INFO] Recompiling the module because of changed source code.',
                    "[INFO] Compiling ${files + 1} source files with javac [debug release 17] to target/classes".toString(),
                    '[INFO] Nothing to compile - all classes are up to date.'] : compiler

// Nothing the generator owns was written after the first build's compiler ran: neither a source
// nor the state file is newer than the oldest class.
def out = new File(basedir, 'target/generated-sources/pendokit')
def generated = []
out.eachFileRecurse(groovy.io.FileType.FILES) { generated << it }
assert generated.size() == files
def classes = []
new File(basedir, 'target/classes').eachFileRecurse(groovy.io.FileType.FILES) { classes << it }
long compiled = classes.collect { it.lastModified() }.min()
def states = new File(basedir, 'target/pendokit').listFiles().findAll { it.name ==~ /generate-[0-9a-f]{12}\.state/ }
assert states.size() == 1 : states
def state = states[0]
def newer = (generated + state).findAll { it.lastModified() > compiled }
assert newer.isEmpty() : "written by the second build: ${newer*.name}"
return true
