package org.eshkol.runtime.shared;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.SchemeError;
import org.eshkol.runtime.io.FilePorts;
import org.eshkol.runtime.io.Port;
import org.eshkol.runtime.io.TextOutputPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At zero a shared resource is closed and a shared arena value's storage is freed. */
class SharedResourcesTest {
    @Test
    void theLastReleaseFlushesAndClosesASharedFilePort(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("log.txt");
        TextOutputPort port = FilePorts.openTextOutput("open-output-file", file.toString());
        Shared.share(port);
        Shared.retain(port);
        port.write("first line\n");
        Shared.release(port);
        assertFalse(port.isClosed());
        Shared.release(port);
        assertTrue(port.isClosed());
        assertEquals("first line\n", Files.readString(file), "flushed before it was closed");
    }

    @Test
    void aDestructorMayStillWriteToThePortBeforeItIsClosed() {
        StringWriter sink = new StringWriter();
        TextOutputPort port = Port.ofWriter(sink, false);
        Shared.share(port, v -> ((TextOutputPort) v).write("goodbye"));
        Shared.release(port);
        assertTrue(port.isClosed());
        assertEquals("goodbye", sink.toString());
    }

    @Test
    void theLastReleaseFreesAnArenaValuesStorage() {
        Bytevector bv = new Bytevector(new byte[] {1, 2, 3});
        Shared.share(bv);
        assertEquals(2, bv.toByteArray()[1]);
        Shared.release(bv);
        assertTrue(bv.isFreed());
        SchemeError e = assertThrows(SchemeError.class, bv::toByteArray);
        assertEquals("bytevector used after its last shared holder released it", e.getMessage());
    }
}
