package org.eshkol.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.DynamicState;
import org.eshkol.runtime.ErrorObject;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.SchemeError;
import org.eshkol.runtime.Unspecified;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesAndRedirectTest {
    @TempDir
    Path dir;

    private MString file(String name) { return MString.of(dir.resolve(name).toString()); }

    @Test
    void textFileRoundTripInUtf8() throws Exception {
        MString f = file("t.txt");
        Object out = FileLib.openOutputFile(f);
        OutputLib.write(MString.of("λ"), out);
        OutputLib.newline(out);
        OutputLib.display(42L, out);
        PortLib.closePort(out);
        assertEquals("\"λ\"\n42", Files.readString(Path.of(f.toString())));
        assertTrue(FileLib.fileExists(f));
        Object in = FileLib.openInputFile(f);
        assertEquals("\"λ\"", InputLib.readLine(in).toString());
        assertEquals("42", InputLib.readLine(in).toString());
        PortLib.closeInputPort(in);
        FileLib.deleteFile(f);
        assertFalse(FileLib.fileExists(f));
    }

    @Test
    void binaryFileRoundTrip() {
        MString f = file("b.bin");
        Object out = FileLib.openBinaryOutputFile(f);
        OutputLib.writeBytevector(new Bytevector(new byte[] {0, (byte) 255, 10}), out);
        PortLib.closePort(out);
        Object in = FileLib.openBinaryInputFile(f);
        assertArrayEquals(new byte[] {0, (byte) 255, 10}, ((Bytevector) InputLib.readBytevector(10L, in)).toByteArray());
        PortLib.closePort(in);
    }

    @Test
    void missingFileIsAFileError() {
        MString f = file("missing.txt");
        SchemeError e = assertThrows(SchemeError.class, () -> FileLib.openInputFile(f));
        assertEquals("open-input-file: cannot open file \"" + f + "\": no such file or directory", e.getMessage());
        assertSame(ErrorObject.Kind.FILE, ((ErrorObject) e.payload()).kind());
        e = assertThrows(SchemeError.class, () -> FileLib.deleteFile(f));
        assertEquals("delete-file: cannot delete file \"" + f + "\": no such file or directory", e.getMessage());
        e = assertThrows(SchemeError.class, () -> FileLib.openInputFile(MString.of(dir.toString())));
        assertEquals("open-input-file: cannot open file \"" + dir + "\": is a directory", e.getMessage());
    }

    /** Stands for a handler's escape (a guard clause jumping out): not a SchemeError. */
    private static final class Escape extends RuntimeException {}

    @Test
    void handlerEscapingFromAFileErrorIsNotWrapped() {
        DynamicState ds = DynamicState.current();
        DynamicState.HandlerFrame saved = ds.handlers;
        ds.handlers = new DynamicState.HandlerFrame(Fn.proc1(err -> {
            throw new Escape();
        }), saved);
        try {
            assertThrows(Escape.class, () -> FileLib.openInputFile(file("missing.txt")));
            assertThrows(Escape.class, () -> FileLib.openInputFile(MString.of(dir.toString())));
            assertThrows(Escape.class, () -> FileLib.deleteFile(file("missing.txt")));
        } finally {
            ds.handlers = saved;
        }
    }

    @Test
    void withOutputToFileAndWithInputFromFileRebindCurrentPorts() {
        MString f = file("w.txt");
        Object before = StandardPorts.OUTPUT.get();
        RedirectLib.withOutputToFile(f, Fn.thunk(() -> {
            OutputLib.display(MString.of("inside"));
            return Unspecified.VALUE;
        }));
        assertSame(before, StandardPorts.OUTPUT.get());
        Object line = RedirectLib.withInputFromFile(f, Fn.thunk(InputLib::readLine));
        assertEquals("inside", line.toString());
    }

    @Test
    void callWithFilesPassThePortAndCloseIt() {
        MString f = file("c.txt");
        Object[] seen = new Object[1];
        RedirectLib.callWithOutputFile(f, Fn.proc1(p -> {
            seen[0] = p;
            OutputLib.write(Fn.list(1L, MString.of("two")), p);
            return Unspecified.VALUE;
        }));
        assertFalse(((Port) seen[0]).isOpen());
        Object r = RedirectLib.callWithInputFile(f, Fn.proc1(InputLib::readLine));
        assertEquals("(1 \"two\")", r.toString());
    }

    @Test
    void withOutputToStringRestoresBindingsOnEscape() {
        DynamicState.ParamBinding saved = DynamicState.current().params;
        assertThrows(SchemeError.class, () -> RedirectLib.withOutputToString(Fn.thunk(() -> {
            OutputLib.display(1L);
            throw org.eshkol.runtime.Errors.error("boom");
        })));
        assertSame(saved, DynamicState.current().params);
        Object s = RedirectLib.withOutputToString(Fn.thunk(() -> {
            OutputLib.write(MString.of("a"));
            FormatLib.format(Boolean.TRUE, new Object[] {MString.of("~a!"), 5L});
            return Unspecified.VALUE;
        }));
        assertEquals("\"a\"5!", s.toString());
    }

    @Test
    void callWithOutputStringAndCallWithPort() {
        Object s = RedirectLib.callWithOutputString(Fn.proc1(p -> {
            OutputLib.display(MString.of("xy"), p);
            return Unspecified.VALUE;
        }));
        assertEquals("xy", s.toString());
        Object in = PortLib.openInputString(MString.of("q"));
        Object r = RedirectLib.callWithPort(in, Fn.proc1(InputLib::readChar));
        assertEquals(org.eshkol.runtime.Char.of('q'), r);
        assertFalse(PortLib.isInputPortOpen(in));
    }
}
