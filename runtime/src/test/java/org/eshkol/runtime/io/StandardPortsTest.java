package org.eshkol.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.SchemeError;
import org.junit.jupiter.api.Test;

class StandardPortsTest {
    @Test
    void setDefaultsInstallsEnginePortsAndInputFlushesOutputFirst() {
        Object oldIn = StandardPorts.INPUT.get();
        Object oldOut = StandardPorts.OUTPUT.get();
        Object oldErr = StandardPorts.ERROR.get();
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            StandardPorts.setDefaults(Port.ofReader(new StringReader("typed\n")), Port.ofWriter(out, false),
                    Port.ofWriter(err, true));
            OutputLib.display(MString.of("prompt> "));
            assertEquals("", out.toString());
            assertEquals("typed", InputLib.readLine().toString());
            assertEquals("prompt> ", out.toString());
            OutputLib.display(MString.of("oops"), PortLib.currentErrorPort());
            assertEquals("oops", err.toString());
        } finally {
            StandardPorts.setDefaults((Port) oldIn, (Port) oldOut, (Port) oldErr);
        }
    }

    @Test
    void portParametersRejectWrongKinds() {
        SchemeError e = assertThrows(SchemeError.class,
                () -> StandardPorts.OUTPUT.converter().call1(Port.openInputString("")));
        assertEquals("current-output-port: expected a textual output port, got #<port>", e.getMessage());
    }

    @Test
    void callWithBindsOnlyForTheCall() {
        TextOutputPort p = Port.openOutputString();
        Object before = PortLib.currentOutputPort();
        Object inside = StandardPorts.callWith(StandardPorts.OUTPUT, p, Fn.thunk(PortLib::currentOutputPort));
        assertSame(p, inside);
        assertSame(before, PortLib.currentOutputPort());
    }

    @Test
    void commandLineAndEnvironment() {
        CommandLine.set(List.of("script.esk", "a", "b"));
        assertEquals("(\"script.esk\" \"a\" \"b\")", org.eshkol.runtime.Printer.writeString(SystemLib.commandLine()));
        assertSame(Boolean.FALSE, SystemLib.getEnvironmentVariable(MString.of("ESHKOL_SURELY_UNSET_VARIABLE")));
        String path = System.getenv("PATH");
        if (path != null) assertEquals(path, SystemLib.getEnvironmentVariable(MString.of("PATH")).toString());
        Object env = SystemLib.getEnvironmentVariables();
        assertTrue(env instanceof Pair first && first.car instanceof Pair entry && entry.car instanceof MString);
    }

    @Test
    void timeProcedures() {
        assertEquals(1_000_000_000L, SystemLib.jiffiesPerSecond());
        long a = (Long) SystemLib.currentJiffy();
        long b = (Long) SystemLib.currentJiffy();
        assertTrue(b >= a);
        double now = (Double) SystemLib.currentSecond();
        assertTrue(Math.abs(now - System.currentTimeMillis() / 1000.0) < 5);
    }
}
