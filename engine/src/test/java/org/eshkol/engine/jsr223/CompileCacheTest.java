package org.eshkol.engine.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiled scripts: reusable with any bindings, cached in memory and optionally on disk. */
class CompileCacheTest {
    private final ScriptEngineManager manager = new ScriptEngineManager();

    private EshkolScriptEngine engine() { return (EshkolScriptEngine) manager.getEngineByName("eshkol"); }

    @Test
    void compiledScriptRunsManyTimesWithDifferentBindings() throws Exception {
        ScriptEngine e = engine();
        CompiledScript c = ((Compilable) e).compile("(define y (* x 2)) (+ y 1)");
        Bindings a = e.createBindings();
        a.put("x", 10);
        Bindings b = new javax.script.SimpleBindings();
        b.put("x", 100);
        assertEquals(21L, c.eval(a));
        assertEquals(201L, c.eval(b));
        assertEquals(20L, a.get("y"));
        assertEquals(200L, b.get("y"));
        a.put("x", 1);
        assertEquals(3L, c.eval(a));
    }

    @Test
    void evalOfTheSameTextTwiceCompilesOnce() throws Exception {
        EshkolScriptEngine e = engine();
        e.eval("(define (sq x) (* x x))");
        long before = e.compilations();
        e.eval("(sq 4)");
        assertEquals(16L, e.eval("(sq 4)"));
        assertEquals(before + 1, e.compilations());
        e.eval("(define-syntax swap! (syntax-rules () ((_ a b) (let ((t a)) (set! a b) (set! b t)))))");
        e.eval("(define-syntax swap! (syntax-rules () ((_ a b) (let ((t a)) (set! a b) (set! b t)))))");
        long afterMacros = e.compilations();
        assertEquals(16L, e.eval("(sq 4)"));
        assertEquals(16L, e.eval("(sq 4)"));
        assertEquals(afterMacros + 1, e.compilations(), "recompiled once after the macro environment changed");
        e.put(ScriptEngine.FILENAME, "other.esk");
        e.eval("(sq 4)");
        assertEquals(afterMacros + 2, e.compilations(), "the file name is part of the key");
    }

    @Test
    void scriptsThatUseAMacroDefinedLaterAreRecompiled() throws Exception {
        EshkolScriptEngine e = engine();
        e.eval("(define (twice x) (list x x))");
        Object before = e.eval("(twice 1)");
        e.eval("(define-syntax twice (syntax-rules () ((_ x) 'macro)))");
        assertEquals("macro", e.eval("(symbol->string (twice 1))"));
        assertTrue(before instanceof org.eshkol.runtime.Pair);
    }

    @Test
    void diskCacheLetsAFreshEngineLoadWithoutCompiling(@TempDir Path dir) throws Exception {
        String script = "(define data '(1 \"two\" #\\3 4.5 1/3 #(a b) #u8(1 2) 100000000000000000000 sym))"
                + "(define (total xs) (apply + xs)) (map (lambda (x) (* x x)) (list (total '(1 2 3)) (vector-length (list-ref data 5))))";
        EshkolScriptEngine first = engine();
        first.put(EshkolScriptEngine.CACHE_DIR, dir.toString());
        Object result = first.eval(script);
        assertEquals(1, first.compilations());
        assertEquals("(36 4)", printed(first, result));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".eskc")).count());
        }
        EshkolScriptEngine second = engine();
        second.put(EshkolScriptEngine.CACHE_DIR, dir.toString());
        Object again = second.eval(script);
        assertEquals(0, second.compilations());
        assertEquals(1, second.diskLoads());
        assertEquals("(36 4)", printed(second, again));
        assertEquals("(1 \"two\" #\\3 4.5 1/3 #(a b) #u8(1 2) 100000000000000000000 sym)", printed(second, second.eval("data")));
    }

    @Test
    void corruptOrStaleCacheFilesAreIgnoredAndRebuilt(@TempDir Path dir) throws Exception {
        String script = "(define (f) 'fresh) (symbol->string (f))";
        EshkolScriptEngine first = engine();
        first.put(EshkolScriptEngine.CACHE_DIR, dir.toString());
        first.eval(script);
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.filter(p -> p.toString().endsWith(".eskc")).findFirst().orElseThrow();
        }
        byte[] good = Files.readAllBytes(file);
        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x5a;
        for (byte[] bad : List.of(flipped, java.util.Arrays.copyOf(good, good.length / 2), new byte[0])) {
            Files.write(file, bad);
            EshkolScriptEngine e = engine();
            e.put(EshkolScriptEngine.CACHE_DIR, dir.toString());
            assertEquals("fresh", e.eval(script));
            assertEquals(1, e.compilations(), "compiled again instead of trusting the file");
            assertEquals(0, e.diskLoads());
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(file), good) || Files.size(file) > 0, "rebuilt");
        }
        EshkolScriptEngine e = engine();
        e.put(EshkolScriptEngine.CACHE_DIR, dir.toString());
        assertEquals("fresh", e.eval(script));
        assertEquals(1, e.diskLoads(), "the rebuilt file is good");
    }

    @Test
    void errorsOfAUnitLoadedFromDiskKeepTheirPositions(@TempDir Path dir) throws Exception {
        String script = "(define (f x)\n  (vector-ref x 5))\n(f (vector 1 2))";
        for (int round = 0; round < 2; round++) {
            EshkolScriptEngine e = engine();
            e.put(EshkolScriptEngine.CACHE_DIR, dir.toString());
            e.put(ScriptEngine.FILENAME, "disk.esk");
            javax.script.ScriptException x = org.junit.jupiter.api.Assertions.assertThrows(javax.script.ScriptException.class,
                    () -> e.eval(script));
            assertEquals(round, e.diskLoads());
            assertEquals("disk.esk", x.getFileName());
            assertEquals(2, x.getLineNumber());
            assertEquals(3, x.getColumnNumber());
        }
    }

    private static String printed(ScriptEngine e, Object v) throws Exception {
        Bindings b = e.createBindings();
        b.put("v", v);
        java.io.StringWriter w = new java.io.StringWriter();
        javax.script.SimpleScriptContext ctx = new javax.script.SimpleScriptContext();
        ctx.setBindings(b, javax.script.ScriptContext.ENGINE_SCOPE);
        ctx.setWriter(w);
        e.eval("(write v)", ctx);
        return w.toString();
    }
}
