package whatif.rulebook;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

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

    /** The one made last: a process asks for one parent (the application's loader), so its misses are shared. */
    private static final AtomicReference<ClassLoaderWithMissCaching> LAST = new AtomicReference<>();

    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    private ClassLoaderWithMissCaching(ClassLoader parent) {
        super(parent);
    }

    /** A loader that caches {@code parent}'s misses; the same one for the same parent, and {@code parent} if it already does. */
    public static ClassLoader around(ClassLoader parent) {
        if (parent instanceof ClassLoaderWithMissCaching) {
            return parent;
        }
        ClassLoaderWithMissCaching last = LAST.get();
        if (last != null && last.getParent() == parent) {
            return last;
        }
        ClassLoaderWithMissCaching made = new ClassLoaderWithMissCaching(parent);
        LAST.set(made);
        return made;
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
