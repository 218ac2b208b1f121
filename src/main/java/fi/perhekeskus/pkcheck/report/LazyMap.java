package fi.perhekeskus.pkcheck.report;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * An unmodifiable map worked out from its source the first time it is read, then kept. A national check's
 * tables of people by id and of groups by id take a second and tens of megabytes to build, and most runs never
 * read them (a JSON report names neither); so the check hands them on as such maps. Safe to read from several
 * threads: the source is asked once.
 */
public final class LazyMap<K, V> extends AbstractMap<K, V> {

    /** What works the map out; null once it has. */
    private Supplier<? extends Map<K, V>> source;
    private volatile Map<K, V> map;

    /** @param source gives the map, which nobody changes afterwards; asked at most once */
    public LazyMap(Supplier<? extends Map<K, V>> source) {
        this.source = source;
    }

    /** Whether the map has been worked out yet. */
    public boolean resolved() {
        return map != null;
    }

    private Map<K, V> map() {
        Map<K, V> resolved = map;
        if (resolved == null) {
            synchronized (this) {
                if (map == null) {
                    map = Collections.unmodifiableMap(source.get());
                    // Whatever the source holds on to (a whole dataset) need not outlive the map.
                    source = null;
                }
                resolved = map;
            }
        }
        return resolved;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return map().entrySet();
    }

    @Override
    public int size() {
        return map().size();
    }

    @Override
    public boolean containsKey(Object key) {
        return map().containsKey(key);
    }

    @Override
    public V get(Object key) {
        return map().get(key);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        return map().getOrDefault(key, defaultValue);
    }

    @Override
    public Set<K> keySet() {
        return map().keySet();
    }

    @Override
    public Collection<V> values() {
        return map().values();
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        map().forEach(action);
    }
}
