package org.metaspin.runtime.lang;

import java.util.Arrays;
import org.metaspin.runtime.api.RuntimeFailure;

/** List operations of §4 on the JVM arrays that represent lists; indices are checked (R0002). */
public final class Lists {
    private Lists() {}

    private static int index(long i, int length) {
        if (i < 0 || i >= length) {
            throw new RuntimeFailure(RuntimeFailure.Code.R0002,
                    "index " + i + " is out of range for a list of length " + length);
        }
        return (int) i;
    }

    public static double get(double[] xs, long i) { return xs[index(i, xs.length)]; }

    public static long get(long[] xs, long i) { return xs[index(i, xs.length)]; }

    public static boolean get(boolean[] xs, long i) { return xs[index(i, xs.length)]; }

    public static Object get(Object[] xs, long i) { return xs[index(i, xs.length)]; }

    private static void checkSlice(long from, long to, int length) {
        if (from < 0 || to > length || from > to) {
            throw new RuntimeFailure(RuntimeFailure.Code.R0002,
                    "slice " + from + ".." + to + " is out of range for a list of length " + length);
        }
    }

    public static double[] slice(double[] xs, long from, long to) {
        checkSlice(from, to, xs.length);
        return Arrays.copyOfRange(xs, (int) from, (int) to);
    }

    public static long[] slice(long[] xs, long from, long to) {
        checkSlice(from, to, xs.length);
        return Arrays.copyOfRange(xs, (int) from, (int) to);
    }

    public static boolean[] slice(boolean[] xs, long from, long to) {
        checkSlice(from, to, xs.length);
        return Arrays.copyOfRange(xs, (int) from, (int) to);
    }

    public static Object[] slice(Object[] xs, long from, long to) {
        checkSlice(from, to, xs.length);
        return Arrays.copyOfRange(xs, (int) from, (int) to);
    }

    public static double[] concat(double[] a, double[] b) {
        double[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    public static long[] concat(long[] a, long[] b) {
        long[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    public static boolean[] concat(boolean[] a, boolean[] b) {
        boolean[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** Keeps the component type of {@code a}, so the result casts back to the list's array type. */
    public static Object[] concat(Object[] a, Object[] b) {
        Object[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** The Ints from {@code a} to {@code b}, end excluded (§15). */
    public static long[] range(long a, long b) {
        if (b <= a) return new long[0];
        if (b - a > MAX_LENGTH || b - a < 0) throw RuntimeFailure.invalid("the range " + a + ".." + b + " is too long to be a list");
        long[] r = new long[(int) (b - a)];
        for (int i = 0; i < r.length; i++) r[i] = a + i;
        return r;
    }

    public static double[] linspace(double a, double b, long n) {
        count("linspace", n);
        double[] r = new double[(int) n];
        for (int i = 0; i < n; i++) r[i] = n == 1 ? a : a + (b - a) * i / (n - 1);
        if (n > 1) r[(int) n - 1] = b;
        return r;
    }

    public static double[] geomspace(double a, double b, long n) {
        count("geomspace", n);
        if (a == 0 || b == 0 || Math.signum(a) != Math.signum(b)) {
            throw RuntimeFailure.invalid("geomspace needs two non-zero ends of one sign, got " + a + " and " + b);
        }
        double[] r = new double[(int) n];
        double la = Math.log(Math.abs(a)), lb = Math.log(Math.abs(b)), s = Math.signum(a);
        for (int i = 0; i < n; i++) r[i] = n == 1 ? a : s * Math.exp(la + (lb - la) * i / (n - 1));
        r[0] = a;
        if (n > 1) r[(int) n - 1] = b;
        return r;
    }

    /**
     * {@code value}, a list whose innermost lists are empty (a List[Nothing] or a list of
     * them, as {@code Object[]}), rebuilt as an array of {@code type} with the same lengths.
     */
    public static Object reshape(Object value, Class<?> type) {
        Object[] src = (Object[]) value;
        Class<?> elem = type.getComponentType();
        Object out = java.lang.reflect.Array.newInstance(elem, src.length);
        for (int i = 0; i < src.length; i++) java.lang.reflect.Array.set(out, i, reshape(src[i], elem));
        return out;
    }

    /** The largest list: a JVM array's length, less the few words some JVMs reserve. */
    static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    private static void count(String fn, long n) {
        if (n < 1) throw RuntimeFailure.invalid(fn + ": the number of values must be at least 1, got " + n);
        if (n > MAX_LENGTH) throw RuntimeFailure.invalid(fn + ": " + n + " values are more than a list can hold (at most " + MAX_LENGTH + ")");
    }

    public static double sum(double[] xs) {
        double s = 0;
        for (double x : xs) s += x;
        return s;
    }

    public static long sum(long[] xs) {
        long s = 0;
        for (long x : xs) s += x;
        return s;
    }

    public static double mean(double[] xs) {
        if (xs.length == 0) throw RuntimeFailure.invalid("the mean of an empty list");
        return sum(xs) / xs.length;
    }

    public static double mean(long[] xs) {
        if (xs.length == 0) throw RuntimeFailure.invalid("the mean of an empty list");
        return (double) sum(xs) / xs.length;
    }

    public static double min(double[] xs) {
        if (xs.length == 0) throw RuntimeFailure.invalid("the min of an empty list");
        double m = xs[0];
        for (double x : xs) m = Math.min(m, x);
        return m;
    }

    public static double max(double[] xs) {
        if (xs.length == 0) throw RuntimeFailure.invalid("the max of an empty list");
        double m = xs[0];
        for (double x : xs) m = Math.max(m, x);
        return m;
    }

    public static long min(long[] xs) {
        if (xs.length == 0) throw RuntimeFailure.invalid("the min of an empty list");
        long m = xs[0];
        for (long x : xs) m = Math.min(m, x);
        return m;
    }

    public static long max(long[] xs) {
        if (xs.length == 0) throw RuntimeFailure.invalid("the max of an empty list");
        long m = xs[0];
        for (long x : xs) m = Math.max(m, x);
        return m;
    }
}
