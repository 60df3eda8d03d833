package io.dto.plugins.fixsim;

import org.junit.jupiter.api.DisplayName;

@DisplayName("fix-sim over a FIXT.1.1 session")
class Fixt11SessionTest extends VenueSessionContract {

    @Override
    String beginString() {
        return "FIXT.1.1";
    }
}
