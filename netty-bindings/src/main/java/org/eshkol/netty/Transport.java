package org.eshkol.netty;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/** The I/O transport: native epoll when it loads (Linux x86-64), NIO otherwise. */
record Transport(String name, IoHandlerFactory ioHandlers, Class<? extends ServerChannel> serverChannel) {
    static Transport best() {
        if (!Boolean.getBoolean("eshkol.http.nio") && Epoll.isAvailable())
            return new Transport("epoll", EpollIoHandler.newFactory(), EpollServerSocketChannel.class);
        return new Transport("nio", NioIoHandler.newFactory(), NioServerSocketChannel.class);
    }
}
