package org.metaspin.runtime.api;

/**
 * A value of a declarable kind (§8): immutable, built from its completed {@link Props}, so
 * that {@code extends} and {@code with} are a merge of properties and a new {@code create}.
 */
public abstract class KindValue {
    private final Props props;

    protected KindValue(Props completed) {
        this.props = completed;
    }

    /** The properties this value was built from, defaults included. */
    public final Props props() { return props; }

    /** "device Synapse" or "device Hall(...)": names the value in messages. */
    public final String describe() { return props.owner(); }

    @Override
    public String toString() { return props.owner(); }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((KindValue) o).props.equals(props);
    }

    @Override
    public int hashCode() { return props.hashCode(); }
}
