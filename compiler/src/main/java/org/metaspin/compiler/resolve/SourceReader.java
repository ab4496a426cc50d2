package org.metaspin.compiler.resolve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.diag.Span;

/** Decodes a source file as strict UTF-8 (§1); a malformed byte is a diagnostic at its place. */
public final class SourceReader {
    private SourceReader() {}

    /** The source, or null after reporting why it is not UTF-8 text. */
    public static SourceFile decode(String path, byte[] bytes, Diagnostics diags) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = dec.decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return new SourceFile(path, text);
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            String good = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            SourceFile partial = new SourceFile(path, good + " ");
            Span at = new Span(partial, good.length(), good.length() + 1);
            diags.report(Diagnostic.of(Code.E0001, at, "this file is not valid UTF-8"
                    + (e instanceof MalformedInputException ? String.format(" (byte 0x%02X at offset %d)", bytes[bad] & 0xFF, bad) : ""))
                    .withHelp("save the file as UTF-8"));
            return null;
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int lo = 0, hi = bytes.length;
        // the longest decodable prefix, found by bisection
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            try {
                dec.reset();
                dec.decode(ByteBuffer.wrap(bytes, 0, mid));
                lo = mid;
            } catch (CharacterCodingException e) {
                hi = mid - 1;
            }
        }
        // a prefix can end inside a valid multi-byte sequence: back up to its start
        while (lo > 0 && (bytes[lo] & 0xC0) == 0x80 && lo < bytes.length) lo--;
        return Math.min(lo, bytes.length - 1);
    }
}
