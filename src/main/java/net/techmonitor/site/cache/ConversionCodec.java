package net.techmonitor.site.cache;

import net.techmonitor.site.problems.Problem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One cached {@link Conversion} as bytes, the entry a {@link ConversionPack} holds under its key: the format number,
 * then the body, the text, the problems (stage, path, line, message) and the notices, each string as its UTF-8
 * length and bytes. An entry of another format, or one that does not decode whole, is an IOException: the cache
 * takes it as a miss.
 */
final class ConversionCodec {
    /** Raise it whenever the layout below changes, so that entries written by older code are misses, never misread. */
    private static final int FORMAT = 2;

    private ConversionCodec() {
    }

    static byte[] encode(Conversion conversion) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(conversion.body().length() + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            writeString(out, conversion.body());
            writeString(out, conversion.text());
            out.writeInt(conversion.problems().size());
            for (Problem problem : conversion.problems()) {
                writeString(out, problem.stage());
                writeString(out, problem.path());
                out.writeInt(problem.line());
                writeString(out, problem.message());
            }
            out.writeInt(conversion.notices().size());
            for (String notice : conversion.notices()) {
                writeString(out, notice);
            }
        }
        return bytes.toByteArray();
    }

    static Conversion decode(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != FORMAT) {
                throw new IOException("another cache format");
            }
            String body = readString(in);
            String text = readString(in);
            int problemCount = in.readInt();
            List<Problem> problems = new ArrayList<>(problemCount);
            for (int i = 0; i < problemCount; i++) {
                problems.add(new Problem(readString(in), readString(in), in.readInt(), readString(in)));
            }
            int noticeCount = in.readInt();
            List<String> notices = new ArrayList<>(noticeCount);
            for (int i = 0; i < noticeCount; i++) {
                notices.add(readString(in));
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return new Conversion(body, text, problems, notices);
        }
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("damaged entry");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
