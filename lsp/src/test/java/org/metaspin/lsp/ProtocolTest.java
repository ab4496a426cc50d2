package org.metaspin.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The server at the level of bytes, as `metaspin lsp` reads stdin: malformed JSON and
 * unknown methods get JSON-RPC errors and the server goes on answering; `shutdown` then
 * `exit` ends it with status 0.
 */
class ProtocolTest {
    @Test
    void answersErrorsAndKeepsRunning() throws Exception {
        Pipe toServer = Pipe.open();
        Pipe toClient = Pipe.open();
        OutputStream send = Channels.newOutputStream(toServer.sink());
        InputStream receive = Channels.newInputStream(toClient.source());
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> {
            try {
                return Serve.serve(Channels.newInputStream(toServer.source()), Channels.newOutputStream(toClient.sink()));
            } catch (InterruptedException e) {
                return -1;
            }
        });

        frame(send, "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"initialize\", \"params\": {");
        JsonObject parseError = read(receive);
        assertEquals(-32700, parseError.getAsJsonObject("error").get("code").getAsInt(), parseError.toString());

        frame(send, "{\"jsonrpc\": \"2.0\", \"id\": 2, \"method\": \"metaspin/noSuchMethod\", \"params\": {}}");
        JsonObject unknown = read(receive);
        assertEquals(2, unknown.get("id").getAsInt());
        assertEquals(-32601, unknown.getAsJsonObject("error").get("code").getAsInt(), unknown.toString());

        frame(send, "{\"jsonrpc\": \"2.0\", \"id\": 3, \"method\": \"initialize\", \"params\": {\"capabilities\": {}}}");
        JsonObject init = read(receive);
        assertEquals(3, init.get("id").getAsInt());
        assertTrue(init.getAsJsonObject("result").getAsJsonObject("capabilities").has("hoverProvider"), init.toString());

        frame(send, "{\"jsonrpc\": \"2.0\", \"id\": 4, \"method\": \"shutdown\"}");
        assertEquals(4, read(receive).get("id").getAsInt());
        frame(send, "{\"jsonrpc\": \"2.0\", \"method\": \"exit\"}");
        assertEquals(0, status.get(20, TimeUnit.SECONDS));
    }

    private static void frame(OutputStream out, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** One message: headers up to an empty line, then Content-Length bytes of JSON. */
    private static JsonObject read(InputStream in) throws IOException {
        int length = -1;
        while (true) {
            String header = line(in);
            if (header.isEmpty()) break;
            if (header.toLowerCase().startsWith("content-length:")) length = Integer.parseInt(header.substring(15).strip());
        }
        byte[] body = in.readNBytes(length);
        return JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') if (c != '\r') b.write(c);
        return b.toString(StandardCharsets.US_ASCII);
    }
}
