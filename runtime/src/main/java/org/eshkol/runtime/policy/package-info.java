/**
 * The sandbox: what builtins that reach outside a script (files, sockets, the environment,
 * {@code exit}) may do. {@link org.eshkol.runtime.policy.Policy} holds the rules and checks them,
 * {@link org.eshkol.runtime.policy.PathRoots} resolves paths against allowed directories,
 * {@link org.eshkol.runtime.policy.HostPattern} matches {@code host:port},
 * {@link org.eshkol.runtime.policy.Denials} words a refusal and
 * {@link org.eshkol.runtime.policy.Sandbox} finds the policy of the running evaluation. The engine's
 * {@code EshkolPolicy} adds the Java class filter, which lives in the engine.
 */
package org.eshkol.runtime.policy;
