package org.metaspin.runtime.learn.net;

/** Softmax cross-entropy on the logits of the last forward, and the counts read from them. */
final class Loss {
    private Loss() {}

    /**
     * Softmax of the logits into {@code ws.prob} and the summed cross-entropy of the batch's
     * labels. NaN or infinity propagates into the result for the caller to detect.
     */
    static double softmax(Workspace ws, float[] logits, int C) {
        int B = ws.batch();
        float[] prob = ws.prob;
        int[] labels = ws.labels;
        double loss = 0;
        for (int b = 0; b < B; b++) {
            int o = b * C;
            float max = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < C; c++) max = Math.max(max, logits[o + c]);
            double sum = 0;
            for (int c = 0; c < C; c++) {
                float e = (float) Math.exp(logits[o + c] - max);
                prob[o + c] = e;
                sum += e;
            }
            float inv = (float) (1 / sum);
            for (int c = 0; c < C; c++) prob[o + c] *= inv;
            loss += Math.log(sum) + max - logits[o + labels[b]];
            if (Float.isNaN(max)) loss = Double.NaN;
        }
        return loss;
    }

    /** Number of samples of the batch whose largest logit is their label. */
    static int correct(Workspace ws, float[] logits, int C) {
        int ok = 0;
        for (int b = 0; b < ws.batch(); b++) if (argmax(logits, b * C, C) == ws.labels[b]) ok++;
        return ok;
    }

    /** The index of the largest of {@code v[off .. off+n)}, the first one on a tie. */
    static int argmax(float[] v, int off, int n) {
        int best = 0;
        for (int c = 1; c < n; c++) if (v[off + c] > v[off + best]) best = c;
        return best;
    }
}
