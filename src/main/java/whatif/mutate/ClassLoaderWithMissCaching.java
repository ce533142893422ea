package whatif.mutate;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A class loader that remembers which names its parent could not load. Compiling a rule book
 * makes Drools look up thousands of names that are no class (each declared type and each
 * identifier, in every imported package), and the application class loader searches every jar
 * for each of them, every time: about a fifth of a compile of a large rule book. Mutation testing
 * compiles the book once per mutant, so the misses are remembered. That is sound because the
 * application's class path does not change while it runs; the classes Drools generates are
 * defined by its own loader below this one, never asked of the parent.
 */
final class ClassLoaderWithMissCaching extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    ClassLoaderWithMissCaching(ClassLoader parent) {
        super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (missing.contains(name)) {
            throw new ClassNotFoundException(name);
        }
        try {
            return super.loadClass(name, resolve);
        } catch (ClassNotFoundException e) {
            missing.add(name);
            throw e;
        }
    }
}
