package org.metaspin.runtime.learn.net;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What optimizers remember across tasks (§8.6): EWC's Fisher sums, SI's importances and
 * anchors, MESU's sigmas. Each entry is one array per layer, shaped like the layer's
 * weights, with the value new weights get when the network grows.
 */
public final class Memory {
    private record Entry(float fill, float[][] perLayer) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private String posteriorKey;
    private int posteriorSamples;

    /**
     * Marks the network as a mean-field posterior (MESU): its hidden weights are the means,
     * the arrays under {@code sigmaKey} the standard deviations, and evaluation averages
     * the outputs of {@code samples} sampled networks.
     */
    public void setPosterior(String sigmaKey, int samples) {
        this.posteriorKey = sigmaKey;
        this.posteriorSamples = samples;
    }

    /** The sigma arrays of a posterior network, or null for a deterministic one. */
    public float[][] posteriorSigmas() { return posteriorKey == null ? null : entries.get(posteriorKey).perLayer; }

    public int posteriorSamples() { return posteriorSamples; }

    /** The arrays under {@code key}, created filled with {@code fill} if absent. */
    public float[][] get(String key, Network net, float fill) {
        Entry e = entries.get(key);
        if (e == null) {
            float[][] arrays = new float[net.layerCount()][];
            for (int l = 0; l < arrays.length; l++) {
                arrays[l] = new float[net.layer(l).w.length];
                java.util.Arrays.fill(arrays[l], fill);
            }
            e = new Entry(fill, arrays);
            entries.put(key, e);
        }
        return e.perLayer;
    }

    public boolean has(String key) { return entries.containsKey(key); }

    Memory copy() {
        Memory m = new Memory();
        m.posteriorKey = posteriorKey;
        m.posteriorSamples = posteriorSamples;
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            float[][] src = e.getValue().perLayer;
            float[][] dst = new float[src.length][];
            for (int i = 0; i < src.length; i++) dst[i] = src[i].clone();
            m.entries.put(e.getKey(), new Entry(e.getValue().fill, dst));
        }
        return m;
    }

    void widen(int layer, int in, int out, int newIn, int newOut) {
        for (Entry e : entries.values()) {
            e.perLayer[layer] = LinearLayer.widen(e.perLayer[layer], in, out, newIn, newOut, e.fill);
        }
    }
}
