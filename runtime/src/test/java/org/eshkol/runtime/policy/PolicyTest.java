package org.eshkol.runtime.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.SchemeError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of {@link Policy}: path roots after resolution, host patterns, environment names. */
class PolicyTest {
    @TempDir
    Path tmp;

    private static String denial(Runnable r) {
        SchemeError e = assertThrows(SchemeError.class, r::run);
        return Errors.describe(e.payload());
    }

    @Test
    void trustedAllowsEverythingAsGiven() {
        assertNull(Policy.TRUSTED.checkRead("open-input-file", "reading", "/etc/passwd"));
        assertNull(Policy.TRUSTED.checkWrite("delete-file", "deleting", "/etc/passwd"));
        Policy.TRUSTED.checkConnect("tcp-connect", "example.com", 80);
        Policy.TRUSTED.checkEnvironment("get-environment-variable", "HOME");
        assertTrue(Policy.TRUSTED.allowsExit());
    }

    @Test
    void untrustedDeniesEachWithTheRule() {
        assertEquals("open-input-file: denied by the sandbox policy: reading /etc/passwd: no file access is allowed",
                denial(() -> Policy.UNTRUSTED.checkRead("open-input-file", "reading", "/etc/passwd")));
        assertEquals("tcp-connect: denied by the sandbox policy: connecting to example.com:80: no network access is allowed",
                denial(() -> Policy.UNTRUSTED.checkConnect("tcp-connect", "example.com", 80)));
        assertEquals("get-environment-variable: denied by the sandbox policy: reading environment variable HOME: no environment access is allowed",
                denial(() -> Policy.UNTRUSTED.checkEnvironment("get-environment-variable", "HOME")));
        assertTrue(!Policy.UNTRUSTED.allowsExit());
    }

    @Test
    void readRootsAllowWhatIsUnderThemAfterNormalisation() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(root.resolve("a.txt"), "x");
        Policy p = Policy.builder().allowRead(root).build();
        assertEquals(root.toRealPath().resolve("a.txt"), p.checkRead("f", "reading", root + "/sub/../a.txt"));
        String d = denial(() -> p.checkRead("f", "reading", root + "/../secret.txt"));
        assertTrue(d.startsWith("f: denied by the sandbox policy: reading " + root + "/../secret.txt ("), d);
        assertTrue(d.endsWith("is outside the allowed read roots [" + root.toRealPath() + "]"), d);
        // read roots do not allow writing
        assertTrue(denial(() -> p.checkWrite("f", "writing", root + "/a.txt")).contains("no file access is allowed"));
    }

    @Test
    void aSymbolicLinkInsideARootThatPointsOutIsDenied() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret"), "s");
        Files.createSymbolicLink(root.resolve("link"), outside);
        Policy p = Policy.builder().allowWrite(root).build();
        assertTrue(denial(() -> p.checkRead("f", "reading", root + "/link/secret")).contains("outside the allowed read roots"));
        // a name that does not exist yet, below the link: the link is still resolved
        assertTrue(denial(() -> p.checkWrite("f", "writing", root + "/link/new/file")).contains("outside the allowed write roots"));
        // '..' is taken lexically, before links are resolved, and the builtin opens the checked path:
        // root/deep/../secret is root/secret (the OS would have gone to outside/secret; we never ask it)
        Files.createDirectories(outside.resolve("deeper"));
        Files.createSymbolicLink(root.resolve("deep"), outside.resolve("deeper"));
        assertEquals(root.toRealPath().resolve("secret"), p.checkRead("f", "reading", root + "/deep/../secret"));
    }

    @Test
    void aDanglingLinkIsDenied() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("r"));
        Files.createSymbolicLink(root.resolve("dangling"), tmp.resolve("nowhere/file"));
        Policy p = Policy.builder().allowWrite(root).build();
        assertTrue(denial(() -> p.checkWrite("f", "writing", root + "/dangling")).contains("dangling symbolic link"));
    }

    @Test
    void aRootThatIsALinkIsResolvedToo() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Path alias = Files.createSymbolicLink(tmp.resolve("alias"), real);
        Policy p = Policy.builder().allowRead(alias).build();
        assertEquals(real.toRealPath().resolve("x"), p.checkRead("f", "reading", real + "/x"));
    }

    @Test
    void hostPatterns() {
        Policy p = Policy.builder().allowConnect("db.internal:5432").allowConnect("*.example.com:*").allowConnect("[::1]:80").build();
        p.checkConnect("tcp-connect", "DB.internal", 5432);
        p.checkConnect("tcp-connect", "api.example.com", 443);
        p.checkConnect("tcp-connect", "::1", 80);
        assertTrue(denial(() -> p.checkConnect("tcp-connect", "db.internal", 5433)).contains("matches no allowed host:port"));
        assertTrue(denial(() -> p.checkConnect("tcp-connect", "example.com", 443)).contains("example.com:443"));
        assertTrue(denial(() -> p.checkConnect("tcp-connect", "evilexample.com", 443)).contains("denied"));
        assertThrows(IllegalArgumentException.class, () -> HostPattern.parse("nohost"));
        assertThrows(IllegalArgumentException.class, () -> HostPattern.parse("h:99999"));
    }

    @Test
    void environmentNames() {
        Policy p = Policy.builder().allowEnvironment("LANG").build();
        p.checkEnvironment("get-environment-variable", "LANG");
        assertEquals("get-environment-variable: denied by the sandbox policy: environment variable HOME is not in the allowed list [LANG]",
                denial(() -> p.checkEnvironment("get-environment-variable", "HOME")));
        assertTrue(p.environmentVisible("LANG") && !p.environmentVisible("HOME"));
        p.checkAnyEnvironment("get-environment-variables");
    }

    @Test
    void toBuilderKeepsTheRules() throws Exception {
        Path r = Files.createDirectories(tmp.resolve("k"));
        Policy p = Policy.builder().allowRead(r).allowConnect("h:1").build().toBuilder().allowEnvironment("X").build();
        p.checkRead("f", "reading", r + "/a");
        p.checkConnect("t", "h", 1);
        p.checkEnvironment("g", "X");
    }
}
