package io.dto.plugins.fix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a QuickFIX/J initiator settings file for the plugin, as a user would, to reach a venue on loopback. */
final class InitiatorSettings {

    private InitiatorSettings() {
    }

    /**
     * @param extra more lines for the [DEFAULT] section, e.g. {@code "ResetOnLogon=Y\n"}
     */
    static Path write(Path dir, String beginString, int port, String extra) throws IOException {
        String dictionaries = switch (beginString) {
            case "FIX.4.2" -> "DataDictionary=FIX42.xml\n";
            case "FIX.4.4" -> "DataDictionary=FIX44.xml\n";
            default -> "DefaultApplVerID=FIX.5.0SP2\nTransportDataDictionary=FIXT11.xml\n"
                    + "AppDataDictionary=FIX50SP2.xml\n";
        };
        String text = "[DEFAULT]\n"
                + "ConnectionType=initiator\n"
                + "FileStorePath=" + dir.resolve("store") + "\n"
                + "StartTime=00:00:00\n"
                + "EndTime=00:00:00\n"
                + "NonStopSession=Y\n"
                + "HeartBtInt=30\n"
                + "ReconnectInterval=1\n"
                + "UseDataDictionary=Y\n"
                + "ValidateUserDefinedFields=N\n"
                + extra
                + "[SESSION]\n"
                + "BeginString=" + beginString + "\n"
                + "SenderCompID=DTO\n"
                + "TargetCompID=FIXSIM\n"
                + "SocketConnectHost=127.0.0.1\n"
                + "SocketConnectPort=" + port + "\n"
                + dictionaries;
        Path file = dir.resolve(beginString.replace('.', '_') + "-initiator.cfg");
        Files.writeString(file, text);
        return file;
    }
}
