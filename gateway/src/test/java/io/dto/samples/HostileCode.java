package io.dto.samples;

import java.io.FileInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.Socket;

/** Bytecode the scanner must refuse: each method does one forbidden thing (never run, only scanned). */
public final class HostileCode {

    public void exit() {
        System.exit(1);
    }

    public void spawn() throws IOException {
        new ProcessBuilder("sh", "-c", "true").start();
    }

    public Object reflect() throws ReflectiveOperationException {
        Class<?> type = Class.forName("io.dto.gateway.order.OrderManagerVerticle");
        Field field = type.getDeclaredFields()[0];
        field.setAccessible(true);
        return field;
    }

    public int readFile() throws IOException {
        try (FileInputStream in = new FileInputStream("/etc/hostname")) {
            return in.read();
        }
    }

    public void connect() throws IOException {
        new Socket("127.0.0.1", 9).close();
    }

    public Object exitByName() throws ReflectiveOperationException {
        return Runtime.class.getMethod("exit", int.class).invoke(Runtime.getRuntime(), 4);
    }

    public Runnable exitLater() {
        return () -> Runtime.getRuntime().halt(3);
    }
}
