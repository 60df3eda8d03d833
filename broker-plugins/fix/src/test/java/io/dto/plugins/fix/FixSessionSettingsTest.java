package io.dto.plugins.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.ConfigError;
import quickfix.SessionID;

@DisplayName("FixSessionSettings")
class FixSessionSettingsTest {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve("session.cfg"), text);
    }

    @Test
    @DisplayName("takes any standard initiator session: its id and store folder come from the file")
    void shouldReadTheSession() throws Exception {
        FixSessionSettings settings = FixSessionSettings.load(InitiatorSettings.write(dir, "FIXT.1.1", 9999, ""));

        assertThat(settings.sessionId()).isEqualTo(new SessionID("FIXT.1.1", "DTO", "FIXSIM"));
        assertThat(settings.storeDirectory()).isEqualTo(dir.resolve("store"));
    }

    @Test
    @DisplayName("the shipped fix-sim settings file is a valid session")
    void shouldAcceptTheShippedFile() throws Exception {
        FixSessionSettings settings = FixSessionSettings.load(Path.of("../../config/quickfixj/fix-sim-initiator.cfg"));

        assertThat(settings.sessionId()).isEqualTo(new SessionID("FIX.4.4", "DTO", "FIXSIM"));
    }

    @Test
    @DisplayName("refuses a missing file, several sessions, an acceptor and a missing FileStorePath, saying why")
    void shouldRefuseUnusableFiles() throws Exception {
        assertThatThrownBy(() -> FixSessionSettings.load(dir.resolve("none.cfg"))).isInstanceOf(ConfigError.class)
                .hasMessageContaining("does not exist");
        String session = "[SESSION]\nBeginString=FIX.4.4\nSenderCompID=A\nTargetCompID=B\n";
        assertThatThrownBy(() -> FixSessionSettings.load(file("[DEFAULT]\nConnectionType=initiator\n"
                + "FileStorePath=x\n" + session + session.replace("=B", "=C"))))
                .hasMessageContaining("describes 2 sessions");
        assertThatThrownBy(() -> FixSessionSettings.load(file("[DEFAULT]\nConnectionType=acceptor\n"
                + "FileStorePath=x\n" + session))).hasMessageContaining("ConnectionType must be initiator");
        assertThatThrownBy(() -> FixSessionSettings.load(file("[DEFAULT]\nConnectionType=initiator\n" + session)))
                .hasMessageContaining("FileStorePath is required");
    }
}
