package org.eshkol.engine.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eshkol.engine.Eshkol;
import org.eshkol.engine.EshkolOptions;
import org.eshkol.engine.EshkolPolicy;
import org.junit.jupiter.api.Test;

/**
 * A script procedure handed to Java as a functional interface and called on another thread (one
 * with no evaluation, so by itself trusted) runs under the policy of the script that made it.
 */
class CallbackPolicyTest {
    @Test
    void aCallbackOnAnotherThreadKeepsTheScriptsPolicy() {
        EshkolPolicy policy = EshkolPolicy.builder().classFilter("java.util.concurrent.CompletableFuture"::equals).build();
        Eshkol engine = new Eshkol(EshkolOptions.defaults().withPolicy(policy));
        Object r = engine.eval("""
                (define f (java.util.concurrent.CompletableFuture:supplyAsync
                            (lambda () (guard (e (#t (error-object-message e))) (get-environment-variable "PATH")))))
                (.get f)
                """);
        assertEquals("get-environment-variable: denied by the sandbox policy: reading environment variable PATH: "
                + "no environment access is allowed", r.toString());
    }
}
