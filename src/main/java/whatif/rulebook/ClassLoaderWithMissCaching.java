package whatif.rulebook;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A class loader that remembers which names its parent could not load. Drools looks up thousands
 * of names that are no class in the application's class loader, which searches every jar for each
 * of them, every time: compiling a rule book asks for each declared type and identifier in every
 * imported package, and reading one back or running it asks for every class Drools generated
 * (declared types, consequences) two or three times before defining it itself. Remembering the
 * misses is sound because the class path does not change while whatif runs; the classes Drools
 * generates are defined by its own loaders below this one, never by the parent.
 */
public final class ClassLoaderWithMissCaching extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    /**
     * The one made last: a process nearly always asks for one parent (the application's loader),
     * so its misses are shared. A caller with another parent gets a new one, which then replaces it.
     */
    private static ClassLoaderWithMissCaching last;

    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    private ClassLoaderWithMissCaching(ClassLoader parent) {
        super(parent);
    }

    /**
     * A loader that caches {@code parent}'s misses: {@code parent} itself if it already does, else
     * the last one made if it has the same parent (so threads asking at once share it), else a new one.
     */
    public static synchronized ClassLoader around(ClassLoader parent) {
        if (parent instanceof ClassLoaderWithMissCaching) {
            return parent;
        }
        if (last == null || last.getParent() != parent) {
            last = new ClassLoaderWithMissCaching(parent);
        }
        return last;
    }

    /** Around the loader Drools would use by default: the thread's context class loader, else whatif's own. */
    public static ClassLoader forCurrentThread() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return around(context != null ? context : ClassLoaderWithMissCaching.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (missing.contains(name)) {
            throw new KnownMiss(name);
        }
        try {
            // Straight to the parent: this loader defines nothing, and ClassLoader.loadClass would
            // build one more exception in findClass for every miss.
            Class<?> found = getParent().loadClass(name);
            if (resolve) {
                resolveClass(found);
            }
            return found;
        } catch (ClassNotFoundException e) {
            missing.add(name);
            throw e;
        }
    }

    /** A miss already known: its stack trace would say nothing, and filling it in is most of what it costs. */
    private static final class KnownMiss extends ClassNotFoundException {
        private static final long serialVersionUID = 1L;

        KnownMiss(String name) {
            super(name);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
