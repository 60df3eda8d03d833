package io.dto.plugins.fixsim;

import org.junit.jupiter.api.DisplayName;

@DisplayName("fix-sim over a FIX.4.4 session")
class Fix44SessionTest extends VenueSessionContract {

    @Override
    String beginString() {
        return "FIX.4.4";
    }
}
