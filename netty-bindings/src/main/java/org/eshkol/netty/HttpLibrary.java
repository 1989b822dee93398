package org.eshkol.netty;

import java.util.List;
import org.eshkol.engine.spi.BuiltinLibrary;

/** Gives the engine the HTTP builtins ({@link HttpLib}) through its library SPI. */
public final class HttpLibrary implements BuiltinLibrary {
    @Override
    public String name() { return "http"; }

    @Override
    public List<Class<?>> classes() { return List.of(HttpLib.class); }
}
