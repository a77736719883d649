package org.masar.people.internal.matching;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What decoding stored profiles yields again and again, made once and shared: a name part's tokens, a name as typed.
 * At a million persons most name parts are borne by many (Mohamed, Ali, Ahmed…), and a decoded profile of its own
 * tokens took 1.4 KB of heap, most of it those tokens' strings; sharing them is what lets the key index keep every
 * stored person's features (bench/README.md, "Every stored person's features kept").
 *
 * <p>Bounded: once {@code most} encodings are kept, further ones are decoded afresh each time and not kept, so that a
 * register of ever new spellings cannot grow it without end. What is kept is immutable, hence safe to share.
 */
final class SharedDecodings<V> {

    private final ConcurrentHashMap<String, V> kept = new ConcurrentHashMap<>();
    private final int most;
    private final Function<String, V> decode;

    SharedDecodings(int most, Function<String, V> decode) {
        this.most = most;
        this.decode = decode;
    }

    /** What {@code encoded} decodes to, shared with every other profile holding the same encoding. */
    V of(String encoded) {
        V value = kept.get(encoded);
        if (value != null) {
            return value;
        }
        value = decode.apply(encoded);
        if (kept.mappingCount() < most) {
            V earlier = kept.putIfAbsent(encoded, value);
            return earlier == null ? value : earlier;
        }
        return value;
    }
}
