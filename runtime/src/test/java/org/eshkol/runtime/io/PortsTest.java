package org.eshkol.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.Eof;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.SchemeError;
import org.junit.jupiter.api.Test;

class PortsTest {
    private static MString s(String v) { return MString.of(v); }

    @Test
    void stringInputPortReadsCharsPeeksAndEnds() {
        Object p = PortLib.openInputString(s("ab"));
        assertEquals(Char.of('a'), InputLib.peekChar(p));
        assertEquals(Char.of('a'), InputLib.readChar(p));
        assertEquals(Char.of('b'), InputLib.readChar(p));
        assertSame(Eof.EOF, InputLib.peekChar(p));
        assertSame(Eof.EOF, InputLib.readChar(p));
        assertTrue(InputLib.charReady(p));
    }

    @Test
    void readCharHandlesCharactersOutsideTheBmp() {
        Object p = PortLib.openInputString(s("😀x"));
        assertEquals(Char.of(0x1F600), InputLib.peekChar(p));
        assertEquals(Char.of(0x1F600), InputLib.readChar(p));
        assertEquals(Char.of('x'), InputLib.readChar(p));
    }

    @Test
    void readLineSplitsOnNewlineAndCrLf() {
        Object p = PortLib.openInputString(s("one\ntwo\r\n\nlast"));
        assertEquals("one", InputLib.readLine(p).toString());
        assertEquals("two", InputLib.readLine(p).toString());
        assertEquals("", InputLib.readLine(p).toString());
        assertEquals("last", InputLib.readLine(p).toString());
        assertSame(Eof.EOF, InputLib.readLine(p));
    }

    @Test
    void readStringReadsUpToK() {
        Object p = PortLib.openInputString(s("abcde"));
        assertEquals("abc", InputLib.readString(3L, p).toString());
        assertEquals("de", InputLib.readString(10L, p).toString());
        assertSame(Eof.EOF, InputLib.readString(1L, p));
        assertEquals("", InputLib.readString(0L, PortLib.openInputString(s("x"))).toString());
    }

    /** A reader that hands out one char per call, so every read crosses a buffer refill. */
    private static Reader trickle(String text) {
        return new Reader() {
            int i;

            @Override public int read(char[] buf, int off, int len) {
                if (i >= text.length()) return -1;
                buf[off] = text.charAt(i++);
                return 1;
            }

            @Override public void close() {}
        };
    }

    @Test
    void readerPortsRefillAcrossSurrogatesAndLines() {
        TextInputPort p = Port.ofReader(trickle("😀\nline two\r\nz"));
        assertEquals(0x1F600, p.peek());
        assertEquals(0x1F600, p.read());
        assertEquals("", p.readLine());
        assertEquals("line two", p.readLine());
        assertEquals("z", p.readLine());
        assertEquals(null, p.readLine());
        assertEquals(-1, p.read());
    }

    @Test
    void readerPortReadsLongInput() {
        String text = "x".repeat(20_000) + "\n" + "y".repeat(9000);
        TextInputPort p = Port.ofReader(new StringReader(text));
        assertEquals(20_000, p.readLine().length());
        assertEquals(9000, p.readString(100_000).length());
        assertEquals(null, p.readString(1));
    }

    @Test
    void stringOutputPortCollects() {
        Object p = PortLib.openOutputString();
        OutputLib.write(s("hi"), p);
        OutputLib.writeChar(Char.of(' '), p);
        OutputLib.display(s("there"), p);
        OutputLib.newline(p);
        OutputLib.writeString(s("abcdef"), p, 2L, 4L);
        OutputLib.writeString(s("λμν"), p, 1L);
        OutputLib.writeLine(Fn.list(1L, s("x")), p);
        assertEquals("\"hi\" there\ncdμν(1 x)\n", PortLib.getOutputString(p).toString());
    }

    @Test
    void writeStringRangeErrors() {
        Object p = PortLib.openOutputString();
        SchemeError e = assertThrows(SchemeError.class, () -> OutputLib.writeString(s("abc"), p, 0L, 4L));
        assertEquals("write-string: index 4 out of range for length 3", e.getMessage());
        e = assertThrows(SchemeError.class, () -> OutputLib.writeString(s("abc"), p, 2L, 1L));
        assertEquals("write-string: index 2 out of range for length 1", e.getMessage());
    }

    @Test
    void writerPortBuffersUntilFlush() {
        StringWriter w = new StringWriter();
        TextOutputPort p = Port.ofWriter(w, false);
        OutputLib.display(s("buffered"), p);
        assertEquals("", w.toString());
        OutputLib.flushOutputPort(p);
        assertEquals("buffered", w.toString());
        OutputLib.display(s("x".repeat(10_000)), p);
        assertEquals(10_008, w.toString().length());
    }

    @Test
    void autoFlushWriterPortPassesEveryWrite() {
        StringWriter w = new StringWriter();
        TextOutputPort p = Port.ofWriter(w, true);
        OutputLib.write(Char.of('a'), p);
        assertEquals("#\\a", w.toString());
    }

    @Test
    void closingWrapperFlushesButLeavesJavaObjectOpen() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextOutputPort p = Port.ofTextOutput(bytes, false);
        OutputLib.display(s("é"), p);
        PortLib.closePort(p);
        assertArrayEquals("é".getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
        assertFalse(PortLib.isOutputPortOpen(p));
    }

    @Test
    void closedPortErrors() {
        Object in = PortLib.openInputString(s("abc"));
        PortLib.closeInputPort(in);
        assertFalse(PortLib.isInputPortOpen(in));
        SchemeError e = assertThrows(SchemeError.class, () -> InputLib.readChar(in));
        assertEquals("read-char: port is closed", e.getMessage());
        Object out = PortLib.openOutputString();
        PortLib.closeOutputPort(out);
        e = assertThrows(SchemeError.class, () -> OutputLib.display(1L, out));
        assertEquals("display: port is closed", e.getMessage());
        PortLib.closePort(out);
    }

    @Test
    void wrongPortKindErrors() {
        Object in = PortLib.openInputString(s("abc"));
        SchemeError e = assertThrows(SchemeError.class, () -> OutputLib.display(1L, in));
        assertEquals("display: expected a textual output port, got #<port>", e.getMessage());
        e = assertThrows(SchemeError.class, () -> InputLib.readU8(in));
        assertEquals("read-u8: expected a binary input port, got #<port>", e.getMessage());
        e = assertThrows(SchemeError.class, () -> PortLib.closeOutputPort(in));
        assertEquals("close-output-port: expected an output port, got #<port>", e.getMessage());
        e = assertThrows(SchemeError.class, () -> PortLib.getOutputString(PortLib.openOutputBytevector()));
        assertEquals("get-output-string: expected a string output port, got #<port>", e.getMessage());
    }

    @Test
    void predicates() {
        Object ti = PortLib.openInputString(s(""));
        Object to = PortLib.openOutputString();
        Object bi = PortLib.openInputBytevector(new Bytevector(new byte[0]));
        Object bo = PortLib.openOutputBytevector();
        assertTrue(PortLib.isInputPort(ti) && PortLib.isTextualPort(ti) && !PortLib.isOutputPort(ti));
        assertTrue(PortLib.isOutputPort(to) && PortLib.isTextualPort(to) && !PortLib.isBinaryPort(to));
        assertTrue(PortLib.isInputPort(bi) && PortLib.isBinaryPort(bi) && !PortLib.isTextualPort(bi));
        assertTrue(PortLib.isOutputPort(bo) && PortLib.isBinaryPort(bo) && PortLib.isPort(bo));
        assertFalse(PortLib.isPort(s("x")));
        assertTrue(PortLib.isEofObject(PortLib.eofObject()));
        assertFalse(PortLib.isEofObject(Boolean.FALSE));
    }

    @Test
    void bytevectorPorts() {
        Object in = PortLib.openInputBytevector(new Bytevector(new byte[] {1, 2, 3, (byte) 200}));
        assertEquals(1L, InputLib.peekU8(in));
        assertEquals(1L, InputLib.readU8(in));
        assertTrue(InputLib.u8Ready(in));
        assertArrayEquals(new byte[] {2, 3}, ((Bytevector) InputLib.readBytevector(2L, in)).toByteArray());
        Bytevector target = new Bytevector(new byte[3]);
        assertEquals(1L, InputLib.readBytevectorInto(target, in, 1L));
        assertArrayEquals(new byte[] {0, (byte) 200, 0}, target.toByteArray());
        assertSame(Eof.EOF, InputLib.readU8(in));
        assertSame(Eof.EOF, InputLib.readBytevector(5L, in));

        Object out = PortLib.openOutputBytevector();
        OutputLib.writeU8(7L, out);
        OutputLib.writeBytevector(new Bytevector(new byte[] {1, 2, 3, 4}), out, 1L, 3L);
        assertArrayEquals(new byte[] {7, 2, 3}, ((Bytevector) PortLib.getOutputBytevector(out)).toByteArray());
        SchemeError e = assertThrows(SchemeError.class, () -> OutputLib.writeU8(256L, out));
        assertEquals("write-u8: expected a byte (an exact integer 0..255), got 256", e.getMessage());
    }

    @Test
    void streamBinaryPorts() {
        byte[] data = new byte[20_000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) i;
        BinaryInputPort in = Port.ofInputStream(new ByteArrayInputStream(data));
        assertEquals(0, in.read());
        byte[] rest = in.read(30_000);
        assertEquals(19_999, rest.length);
        assertEquals((byte) 19_999, rest[rest.length - 1]);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        BinaryOutputPort out = Port.ofOutputStream(sink, false);
        out.write(data, 0, 100);
        assertEquals(0, sink.size());
        out.flush();
        assertEquals(100, sink.size());
    }
}
